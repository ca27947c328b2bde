// Contract checks of successful reads: shapes, both signatures, both methods, XML, paging.
import { operation } from '@org/ecs-pipelines-core';
import { ensure, expectPage, itemsOf } from './assert.js';
import { call } from './call.js';
import type { ContractCheck } from './check.js';

const DEFAULT_MAX = (operation.parameters.find((p) => p.name === 'MaxResults')?.schema as { default?: number }).default ?? 50;
const MAX_PAGE = (operation.parameters.find((p) => p.name === 'MaxResults')?.schema as { maximum?: number }).maximum ?? 500;

/** Checks of successful reads. */
export const readChecks: ContractCheck[] = [
  {
    name: 'v3 POST: a page validates against the response schema',
    async run(ctx) {
      const page = expectPage(await call(ctx.target, { MaxResults: 5 }, { method: 'POST' }), 'v3 POST');
      ensure(itemsOf(page).length <= 5, `v3 POST: ${itemsOf(page).length} items on a page of MaxResults 5`);
      ctx.itemsChecked += itemsOf(page).length;
    },
  },
  {
    name: 'v3 GET: a page validates against the response schema',
    async run(ctx) {
      const page = expectPage(await call(ctx.target, { MaxResults: 5 }, { method: 'GET' }), 'v3 GET');
      ctx.itemsChecked += itemsOf(page).length;
    },
  },
  {
    name: 'v1 (HMAC-SHA1) GET: a JSON page validates',
    async run(ctx) {
      const page = expectPage(await call(ctx.target, { MaxResults: 5 }, { algorithm: 'v1', method: 'GET' }), 'v1 GET');
      ctx.itemsChecked += itemsOf(page).length;
    },
  },
  {
    name: 'v1 POST with a form body (as @alicloud/pop-core sends): a page validates',
    async run(ctx) {
      const page = expectPage(await call(ctx.target, { MaxResults: 5 }, { algorithm: 'v1', method: 'POST', form: true }), 'v1 POST form');
      ctx.itemsChecked += itemsOf(page).length;
    },
  },
  {
    name: 'v1 Format=XML: an XML document rooted at <DescribeImagePipelinesResponse>',
    async run(ctx) {
      const res = await call(ctx.target, { MaxResults: 2 }, { algorithm: 'v1', method: 'GET', format: 'XML' });
      ensure(res.status === 200, `XML: expected 200, got ${res.status}: ${res.text.slice(0, 200)}`);
      ensure(/xml/i.test(res.contentType), `XML: content type ${res.contentType}`);
      ensure(/^(<\?xml[^>]*>\s*)?<DescribeImagePipelinesResponse>[\s\S]*<RequestId>[^<]+<\/RequestId>[\s\S]*<\/DescribeImagePipelinesResponse>\s*$/.test(res.text), `XML: unexpected document: ${res.text.slice(0, 200)}`);
    },
  },
  {
    name: `MaxResults defaults to ${DEFAULT_MAX}`,
    async run(ctx) {
      const page = expectPage(await call(ctx.target, {}), 'default page');
      ensure(page.MaxResults === DEFAULT_MAX, `MaxResults is ${page.MaxResults}, expected ${DEFAULT_MAX}`);
      ensure(itemsOf(page).length <= DEFAULT_MAX, `${itemsOf(page).length} items on a default page`);
    },
  },
  {
    name: 'paging: every item exactly once, TotalCount stable, no NextToken on the last page',
    async run(ctx) {
      const first = expectPage(await call(ctx.target, { MaxResults: 1 }), 'page size probe');
      const total = first.TotalCount ?? 0;
      // About five pages whatever the size of the region, within the API's page limit.
      const size = Math.min(MAX_PAGE, Math.max(1, Math.ceil(total / 5)));
      const seen = new Map<string, number>();
      const items: Array<Record<string, unknown>> = [];
      let token: string | undefined;
      let pages = 0;
      do {
        const page = expectPage(await call(ctx.target, { MaxResults: size, ...(token ? { NextToken: token } : {}) }), `page ${pages + 1}`);
        pages++;
        ensure(page.TotalCount === total, `page ${pages}: TotalCount ${page.TotalCount}, the first page said ${total}`);
        ensure(itemsOf(page).length <= size, `page ${pages}: ${itemsOf(page).length} items for MaxResults ${size}`);
        for (const item of itemsOf(page)) {
          const id = String(item.ImagePipelineId);
          seen.set(id, (seen.get(id) ?? 0) + 1);
          items.push(item);
        }
        token = page.NextToken || undefined;
        ensure(!token || itemsOf(page).length > 0, `page ${pages}: an empty page with a NextToken`);
        ensure(pages <= Math.ceil(total / size) + 1, `more pages than TotalCount ${total} allows at ${size} per page`);
      } while (token);
      const dupes = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
      ensure(dupes.length === 0, `items listed more than once: ${dupes.slice(0, 5).join(', ')}`);
      ensure(items.length === total, `listed ${items.length} items, TotalCount says ${total}`);
      ctx.items = items;
      ctx.itemsChecked += items.length;
    },
  },
];
