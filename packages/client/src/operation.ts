// What the generated per-action code (src/generated/operations.gen.ts) is made of: a command, a paginator and
// an item iterator built from an action's rules, and the input/output types derived from its generated types.
// Nothing here names an action; the generator writes one line per action that calls these.
import type { Action, OperationSpec, RequestOf, ResponseOf } from '@org/ecs-pipelines-core';
import type * as core from '@org/ecs-pipelines-core';
import type { ResponseMetadata } from './attempts.js';
import type { CallOptions, ListOptions, PaginateOptions } from './options.js';
import { listItems, paginate } from './paginate.js';

/** An action's rules, known to be that action's (the generated `DescribeImagePipelines` constant, say). */
export type Operation<A extends Action> = OperationSpec & { readonly action: A };

/** A request as callers write it: `RegionId` may be left to the client's `regionId`. */
export type Input<R> = Omit<R, 'RegionId'> & { RegionId?: string };

/**
 * The `[wrapper, list]` path of a paged action's items, or `never`. Read from the action's own generated rules
 * object (core exports each under the action's name, with literal types); `operations[A]` is typed as a plain
 * `OperationSpec`, whose optional `pagination` would give `[string, string]` for every action.
 */
export type ItemsPath<A extends Action> = (typeof core)[A] extends { readonly pagination: { readonly items: infer P } } ? P : never;

/**
 * `body` with `body[W][L]` required: the client guarantees the item list of every page. An unpaged action (path
 * `never`) keeps its body as it is (a bare conditional over `never` would make it `never`).
 */
export type WithList<B, P> = [P] extends [never]
  ? B
  : P extends readonly [infer W extends string & keyof B, infer L extends string]
  ? Omit<B, W> & { [K in W]: Omit<NonNullable<B[K]>, L> & { [J in L]: J extends keyof NonNullable<B[K]> ? NonNullable<NonNullable<B[K]>[J]> : never } }
  : B;

/** One answer of an action, normalized, with how it was obtained in a non-enumerable `$metadata`. */
export type Output<A extends Action> = WithList<ResponseOf<A>, ItemsPath<A>> & { readonly $metadata: ResponseMetadata };

/** One item of a paged action's list (an `ImagePipeline` of DescribeImagePipelines). */
export type Item<A extends Action> =
  ItemsPath<A> extends readonly [infer W extends string, infer L extends string]
    ? W extends keyof Output<A> ? (L extends keyof Output<A>[W] ? (Output<A>[W][L] extends readonly (infer T)[] ? T : never) : never) : never
    : never;

/** Sends one action: what every client, bare or full, can do. */
export interface BareClient {
  /** One call of `op` with `input`: validated before anything is sent, signed, retried, decoded. */
  send<A extends Action>(op: Operation<A>, input: Input<RequestOf<A>>, options?: CallOptions): Promise<Output<A>>;
}

/** A standalone command: `describeImagePipelines(client, input, options?)`. */
export type Command<A extends Action> = (client: BareClient, input: Input<RequestOf<A>>, options?: CallOptions) => Promise<Output<A>>;
/** A standalone paginator: every page, in order. */
export type Paginator<A extends Action> = (client: BareClient, input: Input<RequestOf<A>>, options?: PaginateOptions) => AsyncGenerator<Output<A>, void, undefined>;
/** A standalone item iterator: every item across pages, up to `maxItems`. */
export type Lister<A extends Action> = (client: BareClient, input: Input<RequestOf<A>>, options?: ListOptions) => AsyncGenerator<Item<A>, void, undefined>;

/** The command of an action. */
export function command<A extends Action>(op: Operation<A>): Command<A> {
  return (client, input, options) => client.send(op, input, options);
}

/** The paginator of a paged action. */
export function paginator<A extends Action>(op: Operation<A>): Paginator<A> {
  return (client, input, options) => paginate(client, op, input, options);
}

/** The item iterator of a paged action. */
export function lister<A extends Action>(op: Operation<A>): Lister<A> {
  return (client, input, options) => listItems(client, op, input, options);
}

/** `methods` with the client bound as their first argument: what `createClient` adds to a bare client. */
export type Bound<M> = { [K in keyof M]: M[K] extends (client: BareClient, ...args: infer P) => infer R ? (...args: P) => R : never };

/** Binds `client` as the first argument of each method. */
export function bind<M extends Record<string, (client: BareClient, ...args: never[]) => unknown>>(client: BareClient, methods: M): Bound<M> {
  const out: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(methods)) out[name] = (...args: never[]) => fn(client, ...args);
  return out as Bound<M>;
}
