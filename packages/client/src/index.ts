// @org/ecs-pipelines-client — the edge entry: web-standard globals only (fetch, WebCrypto, AbortSignal).
import { type ClientOptions, createBareClientWith, createClientWith, type EcsPipelinesClient } from './client.js';
import type { BareClient } from './operation.js';
import { webRuntime } from './user-agent.js';

/**
 * A client for any runtime with `fetch` and WebCrypto, with one method per action. Checks every option
 * before returning and throws `EcsValidationError` naming the first bad one; sends nothing until called.
 *
 * @example
 * ```ts
 * import { createClient, fromEnv } from '@org/ecs-pipelines-client';
 *
 * const client = createClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * for await (const pipeline of client.listImagePipelines({ MaxResults: 100 })) console.log(pipeline.ImagePipelineId);
 * ```
 */
export function createClient(options: ClientOptions): EcsPipelinesClient {
  return createClientWith(options, { runtime: webRuntime() });
}

/**
 * A client with only `send`: pass it to the standalone commands (`describeImagePipelines(client, input)`), so a
 * bundle carries the actions it calls and no others. Options as {@link createClient}.
 *
 * @example
 * ```ts
 * import { createBareClient, describeImagePipelines, fromEnv } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const page = await describeImagePipelines(client, { MaxResults: 10 });
 * console.log(page.TotalCount, page.$metadata.requestId);
 * ```
 */
export function createBareClient(options: ClientOptions): BareClient {
  return createBareClientWith(options, { runtime: webRuntime() });
}

// The generated per-action commands, paginators, item iterators and their types (re-exported whole: the
// generator writes one export list per action, so a new action needs no hand edit here).
export * from './generated/operations.gen.js';
export type { ResponseMetadata } from './attempts.js';
export type { EcsPipelinesClient } from './client.js';
export { command, lister, paginator } from './operation.js';
export type { BareClient, Command, Input, Item, ItemsPath, Lister, Operation, Output, Paginator, WithList } from './operation.js';
export { listItems, paginate } from './paginate.js';
export { waiter } from './waiter.js';
export type { Waiter, WaiterOptions, WaiterPollEvent } from './waiter.js';
export type { CredentialsOption, CredentialsProvider, ExpiringCredentials } from './credentials.js';
export { fromEnv } from './credentials.js';
export type { Network } from './endpoint.js';
export { REGION_ENDPOINTS, regionEndpoint } from './endpoint.js';
export type {
  CallOptions,
  ClientOptions,
  ErrorHookEvent,
  Hooks,
  ListOptions,
  Logger,
  PaginateOptions,
  RequestHookEvent,
  ResponseHookEvent,
} from './options.js';
export type { RetryOptions, RetryPolicy } from './retry.js';
export { DEFAULT_RETRY } from './retry.js';
export { VERSION } from './version.js';
export type {
  Action,
  Credentials,
  DescribeImagePipelinesResponseBody,
  ImagePipeline,
  RequestOf,
  RequestTag,
  ResourceTag,
  ResponseOf,
  ValidationIssue,
} from '@org/ecs-pipelines-core';
export {
  EcsAbortError,
  EcsApiError,
  EcsError,
  EcsNetworkError,
  EcsResponseError,
  EcsTimeoutError,
  EcsValidationError,
  EcsWaiterError,
  operations,
} from '@org/ecs-pipelines-core';
