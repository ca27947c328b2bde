// Hand-written contract checks of the build-task and component filters (family reference §7, §9.2), on the
// listings the spec-derived paging checks collected.
import { CheckSkipped, ensure, expectError, expectPage, type Item } from './assert.js';
import { call } from './call.js';
import { needItems, type ContractCheck } from './check.js';

const EXEC = { action: 'DescribeImagePipelineExecutions' } as const;
const COMP = { action: 'DescribeImageComponents' } as const;
const ids = (items: Item[], field: string) => items.map((i) => String(i[field]));

/** Checks of DescribeImagePipelineExecutions' and DescribeImageComponents' filters. */
export const familyChecks: ContractCheck[] = [
  {
    name: 'DescribeImagePipelineExecutions: ExecutionId gives that task; an unknown one an empty page',
    async run(ctx) {
      const task = needItems(ctx, 1, EXEC.action)[0]!;
      const page = expectPage(await call(ctx.target, { ExecutionId: task.ExecutionId }, EXEC), 'ExecutionId filter', EXEC.action);
      ensure(JSON.stringify(ids(page.items, 'ExecutionId')) === JSON.stringify([task.ExecutionId]), `ExecutionId ${String(task.ExecutionId)} gave ${ids(page.items, 'ExecutionId').join(', ') || 'nothing'}`);
      const none = expectPage(await call(ctx.target, { ExecutionId: 'exec-00000000000000000000' }, EXEC), 'unknown ExecutionId', EXEC.action);
      ensure(none.items.length === 0 && (none.TotalCount ?? 0) === 0, 'an unknown ExecutionId matched something');
    },
  },
  {
    name: 'DescribeImagePipelineExecutions: Status keeps the tasks in any of the given states',
    async run(ctx) {
      const tasks = needItems(ctx, 1, EXEC.action);
      const pipeline = String(tasks[0]!.ImagePipelineId);
      const mine = tasks.filter((t) => t.ImagePipelineId === pipeline);
      const states = [...new Set(mine.map((t) => String(t.Status)))].slice(0, 2);
      const page = expectPage(await call(ctx.target, { ImagePipelineId: pipeline, Status: states.join(','), MaxResults: 500 }, EXEC), 'Status filter', EXEC.action);
      for (const t of page.items) ensure(states.includes(String(t.Status)), `${String(t.ExecutionId)} is ${String(t.Status)}, not ${states.join(' or ')}`);
      const expected = mine.filter((t) => states.includes(String(t.Status))).length;
      ensure(page.TotalCount === expected, `Status ${states.join(',')}: TotalCount ${page.TotalCount}, the listing has ${expected}`);
    },
  },
  {
    name: 'DescribeImagePipelineExecutions: an ImagePipelineId that does not exist is InvalidImagePipeline.NotFound',
    async run(ctx) {
      expectError(await call(ctx.target, { ImagePipelineId: 'ip-00000000000000000000' }, EXEC), ['InvalidImagePipeline.NotFound'], 'unknown ImagePipelineId', EXEC.action);
    },
  },
  {
    name: 'DescribeImageComponents: ComponentType, SystemType and Owner keep only matching components',
    async run(ctx) {
      const items = needItems(ctx, 1, COMP.action);
      for (const field of ['ComponentType', 'SystemType', 'Owner'] as const) {
        const value = String(items[0]![field]);
        const page = expectPage(await call(ctx.target, { [field]: value, MaxResults: 500 }, COMP), `${field} filter`, COMP.action);
        for (const c of page.items) ensure(c[field] === value, `${String(c.ImageComponentId)} has ${field} ${String(c[field])}, not ${value}`);
        // Owner chooses whose components are listed at all (its default is undocumented), so only the others
        // must match the unfiltered listing's count.
        const expected = items.filter((c) => c[field] === value).length;
        ensure(field === 'Owner' || page.TotalCount === expected, `${field} ${value}: TotalCount ${page.TotalCount}, the listing has ${expected}`);
      }
    },
  },
  {
    name: 'DescribeImageComponents: Name with a ComponentVersion wildcard (major.*.*)',
    async run(ctx) {
      const item = needItems(ctx, 1, COMP.action).find((c) => /^\d+\.\d+\.\d+$/.test(String(c.ComponentVersion)));
      if (!item) throw new CheckSkipped('no component with a major.minor.patch version');
      const major = String(item.ComponentVersion).split('.')[0]!;
      const page = expectPage(await call(ctx.target, { Name: item.Name, ComponentVersion: `${major}.*.*`, Owner: item.Owner, MaxResults: 500 }, COMP), 'version filter', COMP.action);
      ensure(page.items.some((c) => c.ImageComponentId === item.ImageComponentId), `${String(item.ImageComponentId)} (${String(item.ComponentVersion)}) missing from ${major}.*.*`);
      for (const c of page.items) ensure(c.Name === item.Name && String(c.ComponentVersion).startsWith(`${major}.`), `${String(c.ImageComponentId)} is ${String(c.Name)} ${String(c.ComponentVersion)}`);
    },
  },
];
