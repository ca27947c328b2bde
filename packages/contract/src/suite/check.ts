// The shape of a contract check and the state checks share (each action's full listing, read once).
import type { Action } from '@org/ecs-pipelines-core';
import { CheckSkipped, type Item } from './assert.js';
import { REFERENCE_ACTION, type SuiteTarget } from './call.js';
import type { EmulatorClockView, LifecycleOptions } from './lifecycle-steps.js';

/** What checks share: the target, and the listings the paging checks collected. */
export interface CheckContext {
  target: SuiteTarget;
  /** Every item of an action's listing in the region, filled by its paging check. */
  listings: Partial<Record<Action, Item[]>>;
  /** Items looked at so far, for the report. */
  itemsChecked: number;
  /** How the lifecycle checks create and wait. */
  lifecycle: LifecycleOptions;
  /** The emulator's clock when the target is this package's emulator (null: another server; unset: not asked yet). */
  clock?: EmulatorClockView | null;
}

/** One check: throws `CheckFailure` when the server is wrong, `CheckSkipped` when it cannot run. */
export interface ContractCheck {
  name: string;
  /** Runs the check against the target in `ctx`; resolves when the server behaved as the check expects. */
  run(ctx: CheckContext): Promise<void>;
}

/** The items of an action's listing, or a skip when the region has fewer than `min`. */
export function needItems(ctx: CheckContext, min = 1, action: Action = REFERENCE_ACTION): Item[] {
  const items = ctx.listings[action] ?? [];
  if (items.length < min) throw new CheckSkipped(`needs at least ${min} item(s) of ${action} in ${ctx.target.regionId}; found ${items.length}`);
  return items;
}
