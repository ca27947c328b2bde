// Hand-written contract checks of DescribeImagePipelines' filters, on data its paging check listed.
import { CheckSkipped, ensure, expectPage, itemsOf, type Item } from './assert.js';
import { call } from './call.js';
import { needItems, type ContractCheck } from './check.js';

const idOf = (i: Item) => String(i.ImagePipelineId);
const tagsOf = (i: Item) => ((i.Tags as { Tag?: Array<{ TagKey?: string; TagValue?: string }> } | undefined)?.Tag ?? []);

/** Checks of the filters. */
export const filterChecks: ContractCheck[] = [
  {
    name: 'filter ImagePipelineId.N: exactly the given IDs (any of them)',
    async run(ctx) {
      const items = needItems(ctx);
      const want = items.slice(0, 2).map(idOf);
      const page = expectPage(await call(ctx.target, { ImagePipelineId: want, MaxResults: 100 }), 'ImagePipelineId filter');
      const got = itemsOf(page).map(idOf).sort();
      ensure(JSON.stringify(got) === JSON.stringify([...want].sort()), `asked for ${want.join(', ')}, got ${got.join(', ') || 'nothing'}`);
      ensure(page.TotalCount === want.length, `TotalCount ${page.TotalCount} for ${want.length} IDs`);
      const none = expectPage(await call(ctx.target, { ImagePipelineId: ['ip-doesnotexist000000'] }), 'unknown ID');
      ensure(itemsOf(none).length === 0 && none.TotalCount === 0, 'an unknown ID matched something');
    },
  },
  {
    name: 'filter Tag.N: every given tag must match; a tag without a value matches any value',
    async run(ctx) {
      const items = needItems(ctx);
      const tagged = items.find((i) => tagsOf(i).length > 0);
      if (!tagged) throw new CheckSkipped('no pipeline in the region carries a tag');
      const tag = tagsOf(tagged)[0]!;
      const key = String(tag.TagKey);
      const value = String(tag.TagValue ?? '');
      const exact = expectPage(await call(ctx.target, { Tag: [{ Key: key, Value: value }], MaxResults: 500 }), 'Tag filter');
      for (const i of itemsOf(exact)) ensure(tagsOf(i).some((t) => t.TagKey === key && t.TagValue === value), `${idOf(i)} lacks tag ${key}=${value}`);
      const expected = items.filter((i) => tagsOf(i).some((t) => t.TagKey === key && t.TagValue === value)).length;
      ensure(exact.TotalCount === expected, `Tag ${key}=${value}: TotalCount ${exact.TotalCount}, the listing has ${expected}`);
      const anyValue = expectPage(await call(ctx.target, { Tag: [{ Key: key }], MaxResults: 500 }), 'Tag key filter');
      for (const i of itemsOf(anyValue)) ensure(tagsOf(i).some((t) => t.TagKey === key), `${idOf(i)} lacks tag key ${key}`);
      const withKey = items.filter((i) => tagsOf(i).some((t) => t.TagKey === key)).length;
      ensure(anyValue.TotalCount === withKey, `Tag ${key} (any value): TotalCount ${anyValue.TotalCount}, the listing has ${withKey}`);
      const both = expectPage(await call(ctx.target, { Tag: [{ Key: key, Value: value }, { Key: `${key}-absent-key` }] }), 'two tags');
      ensure(both.TotalCount === 0, 'a second, absent tag did not narrow the result (tags must all match)');
    },
  },
  {
    name: 'filter Name: only templates of that name',
    async run(ctx) {
      const item = needItems(ctx)[0]!;
      const name = String(item.Name);
      const page = expectPage(await call(ctx.target, { Name: name, MaxResults: 500 }), 'Name filter');
      ensure(itemsOf(page).some((i) => idOf(i) === idOf(item)), `Name ${name} did not return ${idOf(item)}`);
      for (const i of itemsOf(page)) ensure(i.Name === name, `${idOf(i)} is named ${String(i.Name)}, not ${name}`);
    },
  },
  {
    name: 'filter ResourceGroupId: only templates of that group',
    async run(ctx) {
      const item = needItems(ctx).find((i) => typeof i.ResourceGroupId === 'string' && i.ResourceGroupId !== '');
      if (!item) throw new CheckSkipped('no pipeline in the region has a resource group');
      const group = String(item.ResourceGroupId);
      const page = expectPage(await call(ctx.target, { ResourceGroupId: group, MaxResults: 500 }), 'ResourceGroupId filter');
      for (const i of itemsOf(page)) ensure(i.ResourceGroupId === group, `${idOf(i)} is in ${String(i.ResourceGroupId)}, not ${group}`);
      const expected = needItems(ctx).filter((i) => i.ResourceGroupId === group).length;
      ensure(page.TotalCount === expected, `ResourceGroupId ${group}: TotalCount ${page.TotalCount}, the listing has ${expected}`);
    },
  },
];
