// The contract between the generic router and the hand-written handlers (src/handlers/<action>.ts, wired by
// the generated src/generated/handlers.gen.ts). Everything the spec says — parameters, limits, regions,
// paging, ClientToken replays — is done by the router; a handler only holds the action's own behaviour:
// which items match, or what a write changes (through the emulator's state, state.ts).
import type { Action, operations, RequestOf, ResponseOf } from '@org/ecs-pipelines-core';
import type { RegionData } from './store.js';
import type { ServiceError } from './errors.js';
import type { BuilderState } from './state.js';

type ItemsPath<A extends Action> = (typeof operations)[A] extends { pagination: { items: readonly [infer W, infer L] } } ? [W, L] : never;
type Wrapper<A extends Action> = ItemsPath<A> extends [infer W, string] ? NonNullable<ResponseOf<A>[W & keyof ResponseOf<A>]> : never;

/** One item of a paged action's list (`ImagePipeline` for DescribeImagePipelines), from its `x-acs-pagination`. */
export type ItemOf<A extends Action> =
  ItemsPath<A> extends [string, infer L] ? (NonNullable<Wrapper<A>[L & keyof Wrapper<A>]> extends ReadonlyArray<infer T> ? T : never) : never;

/** What a handler sees besides the request: the region's data, and the state that writes change. */
export interface HandlerContext {
  /** The request's `RegionId`, one the emulator serves. */
  region: string;
  /** The region's pipelines, executions and components, in the order pages list them (build tasks up to the clock). */
  data: Readonly<RegionData>;
  /** The emulator's state: writes go through it (it keeps the lists in order and counts changes). */
  state: BuilderState;
  /** The emulator's clock, in ms (the `now` option plus any advance). */
  now: number;
}

/**
 * A handler's answer. A paged action returns every matching item (`items`); the router pages them, binds
 * the NextToken to the query and writes the page body. Any other action returns its body without
 * `RequestId`. A refusal is a {@link ServiceError}.
 */
export type HandlerResult<A extends Action> =
  | { ok: true; items: ReadonlyArray<ItemOf<A>> }
  | { ok: true; body: Omit<ResponseOf<A>, 'RequestId'> }
  | { ok: false; error: ServiceError };

/** The behaviour of one action: a pure function of a request that passed the spec's checks. */
export type Handler<A extends Action> = (input: RequestOf<A>, ctx: HandlerContext) => HandlerResult<A>;

/** One handler per action of the spec: a new action without a handler does not compile. */
export type Handlers = { readonly [A in Action]: Handler<A> };
