// Contract checks derived from the spec, for every action in `operations`: its response schema, required
// parameters, list limits, page-size limits and default, paging, and token refusal. A new action in the spec
// gets these checks with no edit here. A write action (neither `x-acs-read-only` nor paged) only gets the
// refusal checks, each sent with its other required parameters filled so that one rule alone is broken; a
// server that wrongly accepts one has what it created undone (undo.ts), so the real service keeps nothing.
import { commonErrors, operations, type Action, type OperationSpec } from '@org/ecs-pipelines-core';
import { ensure, expectError, expectPage, type Item } from './assert.js';
import { call, type CallInput } from './call.js';
import type { CheckContext, ContractCheck } from './check.js';
import { baseInput, idField, requiredInput, sampleValue } from './spec-input.js';
import { undoCreated } from './undo.js';

/** The spec-derived checks of every action, paging first (it collects the listing later checks use). */
export function specChecks(): ContractCheck[] {
  return (Object.keys(operations) as Action[]).flatMap((action) => checksOf(action, operations[action]));
}

function checksOf(action: Action, op: OperationSpec): ContractCheck[] {
  const props = op.request.properties ?? {};
  const on = { action };
  const documented = (...codes: string[]) => codes.filter((c) => Object.hasOwn(op.errors, c) || Object.hasOwn(commonErrors, c));
  const checks: ContractCheck[] = [];
  const paging = op.pagination;

  if (paging) {
    const size = props[paging.pageSize] ?? {};
    checks.push({
      name: `${action}: paging: every item exactly once, TotalCount stable, no NextToken on the last page`,
      async run(ctx) {
        const base = await baseInput(ctx, action);
        const first = expectPage(await call(ctx.target, { ...base, [paging.pageSize]: 1 }, on), `${action} page size probe`, action);
        const total = first.TotalCount ?? 0;
        // About five pages whatever the size of the region, within the action's page limit.
        const pageSize = Math.min(size.maximum ?? total, Math.max(1, Math.ceil(total / 5)));
        const id = idField(op);
        const seen = new Map<string, number>();
        const items: Item[] = [];
        let token: string | undefined;
        let pages = 0;
        do {
          const input: CallInput = { ...base, [paging.pageSize]: pageSize, ...(token ? { [paging.inputToken]: token } : {}) };
          const page = expectPage(await call(ctx.target, input, on), `${action} page ${pages + 1}`, action);
          pages++;
          ensure(page.TotalCount === total, `${action} page ${pages}: TotalCount ${page.TotalCount}, the first page said ${total}`);
          ensure(page.items.length <= pageSize, `${action} page ${pages}: ${page.items.length} items for ${paging.pageSize} ${pageSize}`);
          for (const item of page.items) {
            const key = id ? String(item[id]) : JSON.stringify(item);
            seen.set(key, (seen.get(key) ?? 0) + 1);
            items.push(item);
          }
          token = page.NextToken || undefined;
          ensure(!token || page.items.length > 0, `${action} page ${pages}: an empty page with a ${paging.outputToken}`);
          ensure(pages <= Math.ceil(total / pageSize) + 1, `${action}: more pages than TotalCount ${total} allows at ${pageSize} per page`);
        } while (token);
        const dupes = [...seen].filter(([, n]) => n > 1).map(([k]) => k);
        ensure(dupes.length === 0, `${action}: items listed more than once: ${dupes.slice(0, 5).join(', ')}`);
        ensure(items.length === total, `${action}: listed ${items.length} items, TotalCount says ${total}`);
        ctx.listings[action] = items;
        ctx.itemsChecked += items.length;
      },
    });
    checks.push({
      name: `${action}: ${paging.pageSize} ${(size.maximum ?? 0) + 1} and ${(size.minimum ?? 1) - 1} are refused, the default is ${String(size.default)}`,
      async run(ctx) {
        const base = await baseInput(ctx, action);
        for (const bad of [(size.maximum ?? 0) + 1, (size.minimum ?? 1) - 1]) {
          expectError(await call(ctx.target, { ...base, [paging.pageSize]: bad }, on), ['InvalidParameter', ...documented(`InvalidParameter.${paging.pageSize}`)], `${action} ${paging.pageSize} ${bad}`, action);
        }
        const page = expectPage(await call(ctx.target, base, on), `${action} default page`, action);
        ensure(page.MaxResults === size.default, `${action}: ${paging.pageSize} is ${page.MaxResults}, the spec's default is ${String(size.default)}`);
        ensure(page.items.length <= Number(size.default), `${action}: ${page.items.length} items on a default page`);
      },
    });
    checks.push({
      name: `${action}: a malformed ${paging.inputToken} is refused`,
      async run(ctx) {
        const base = await baseInput(ctx, action);
        const codes = ['InvalidParameter', ...documented(`Invalid.${paging.inputToken}`, `Invalid${paging.inputToken}`)];
        expectError(await call(ctx.target, { ...base, [paging.inputToken]: 'not-a-token' }, on), codes, `${action} malformed ${paging.inputToken}`, action);
      },
    });
  }

  const reads = op.readOnly === true;
  // A write is refused for the broken rule before it does anything; when a server accepts it anyway, undo it.
  const base = async (ctx: CheckContext): Promise<CallInput> => (reads ? baseInput(ctx, action) : requiredInput(op));
  const refused = async (ctx: CheckContext, input: CallInput, codes: string[], what: string) => {
    const res = await call(ctx.target, input, on);
    if (!reads) await undoCreated(ctx.target, action, res);
    return expectError(res, codes, what, action);
  };

  if (reads) checks.push({
    name: `${action}: a page validates against the response schema, ACS3 POST and HMAC-SHA1 GET`,
    async run(ctx) {
      const base = await baseInput(ctx, action);
      for (const opts of [{ algorithm: 'v3', method: 'POST' }, { algorithm: 'v1', method: 'GET' }] as const) {
        const page = expectPage(await call(ctx.target, base, { ...on, ...opts }), `${action} ${opts.algorithm} ${opts.method}`, action);
        ctx.itemsChecked += page.items.length;
      }
    },
  });

  const required = op.request.required ?? [];
  const anyOf = op.request['x-acs-any-required'];
  checks.push({
    name: `${action}: requests without ${[...required, ...(anyOf ? [`one of ${anyOf.join('/')}`] : [])].join(' or ')} are refused with MissingParameter`,
    async run(ctx) {
      const input = await base(ctx);
      for (const name of required) {
        const codes = ['MissingParameter', ...documented(`MissingParameter.${name}`), ...(name === 'RegionId' ? ['MissingRegionId'] : [])];
        await refused(ctx, { ...input, [name]: undefined }, codes, `${action} without ${name}`);
      }
      if (anyOf) {
        const without = Object.fromEntries(Object.entries(input).filter(([k]) => !anyOf.includes(k)));
        await refused(ctx, without, ['MissingParameter', ...documented(`MissingParameter.${anyOf[0]}`)], `${action} without ${anyOf.join(' and ')}`);
      }
    },
  });

  for (const [name, schema] of Object.entries(props)) {
    if (schema['x-acs-style'] !== 'repeatList' || schema.maxItems === undefined || !schema.items) continue;
    const max = schema.maxItems;
    const items = schema.items;
    checks.push({
      name: `${action}: ${max + 1} ${name} items are refused (at most ${max})`,
      async run(ctx) {
        const list = Array.from({ length: max + 1 }, (_, i) => sampleValue(items, i));
        // The action's own code for the list when it documents one (InvalidImageComponentIdSize.ExceededMaxNumber).
        const own = Object.keys(op.errors).filter((c) => c.startsWith('Invalid') && c.includes(name));
        await refused(ctx, { ...(await base(ctx)), [name]: list }, ['InvalidParameter', ...own], `${action} ${max + 1} ${name}`);
      },
    });
  }
  return checks;
}
