// The shape of a contract check and the state checks share (the full listing, read once).
import { CheckSkipped } from './assert.js';
import type { SuiteTarget } from './call.js';

/** What checks share: the target, and the listing the paging check collected. */
export interface CheckContext {
  target: SuiteTarget;
  /** Every pipeline of the region, filled by the paging check (undefined until then). */
  items?: Array<Record<string, unknown>>;
  /** Items looked at so far, for the report. */
  itemsChecked: number;
}

/** One check: throws `CheckFailure` when the server is wrong, `CheckSkipped` when it cannot run. */
export interface ContractCheck {
  name: string;
  run(ctx: CheckContext): Promise<void>;
}

/** The items of the listing, or a skip when the region has fewer than `min`. */
export function needItems(ctx: CheckContext, min = 1): Array<Record<string, unknown>> {
  const items = ctx.items ?? [];
  if (items.length < min) throw new CheckSkipped(`needs at least ${min} pipeline(s) in ${ctx.target.regionId}; found ${items.length}`);
  return items;
}
