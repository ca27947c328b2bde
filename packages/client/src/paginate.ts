// Pagination of any paged action, driven by its `x-acs-pagination` rules: follow the output token until it is
// absent or empty; a token seen before ends with an error, not a loop.
import { type Action, EcsResponseError, type RequestOf } from '@org/ecs-pipelines-core';
import { assertCallOptions } from './check-options.js';
import type { BareClient, Input, Item, Operation, Output } from './operation.js';
import type { ListOptions, PaginateOptions } from './options.js';

/**
 * Every page of `op` for `input`, in order. `pageSize` sets the page-size parameter; `startingToken` resumes
 * where a previous run stopped. Throws `EcsResponseError` if the service hands out a token it already gave in
 * this run, instead of asking for the same pages forever.
 */
export async function* paginate<A extends Action>(
  client: BareClient,
  op: Operation<A>,
  input: Input<RequestOf<A>>,
  options?: PaginateOptions,
): AsyncGenerator<Output<A>, void, undefined> {
  const paging = op.pagination;
  if (!paging) throw new TypeError(`${op.action} does not page`);
  assertCallOptions(options, 'page', op);
  const { pageSize, startingToken, ...call } = options ?? {};
  const given = input as Record<string, unknown> | undefined;
  const seen = new Set<unknown>();
  let token = startingToken ?? given?.[paging.inputToken];
  for (;;) {
    seen.add(token);
    const request = { ...input, [paging.pageSize]: pageSize ?? given?.[paging.pageSize], [paging.inputToken]: token || undefined };
    const page = await client.send(op, request, call);
    yield page;
    token = (page as Record<string, unknown>)[paging.outputToken];
    if (!token) return;
    if (seen.has(token)) {
      throw new EcsResponseError(`${paging.outputToken} repeated a token of an earlier page: stopped instead of looping`, {
        httpStatus: page.$metadata.httpStatusCode,
        path: paging.outputToken,
      });
    }
  }
}

/** The items of `op` one at a time across pages; stops after `maxItems` without fetching another page. */
export async function* listItems<A extends Action>(
  client: BareClient,
  op: Operation<A>,
  input: Input<RequestOf<A>>,
  options?: ListOptions,
): AsyncGenerator<Item<A>, void, undefined> {
  assertCallOptions(options, 'list', op);
  const { maxItems = Infinity, ...rest } = options ?? {};
  const [wrapper, list] = op.pagination!.items;
  let count = 0;
  for await (const page of paginate(client, op, input, rest)) {
    const items = (page as Record<string, Record<string, Item<A>[]>>)[wrapper]![list]!;
    for (const item of items) {
      yield item;
      if (++count >= maxItems) return;
    }
  }
}
