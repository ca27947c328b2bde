// @org/ecs-pipelines-client — the edge entry: web-standard globals only (fetch, WebCrypto, AbortSignal).
import { type ClientOptions, createClientWith, type EcsPipelinesClient } from './client.js';
import { webRuntime } from './user-agent.js';

/**
 * A DescribeImagePipelines client for any runtime with `fetch` and WebCrypto. Checks every option before
 * returning and throws `EcsValidationError` naming the first bad one; sends nothing until called.
 */
export function createClient(options: ClientOptions): EcsPipelinesClient {
  return createClientWith(options, { runtime: webRuntime() });
}

export type { ResponseMetadata } from './attempts.js';
export type { DescribeImagePipelinesInput, DescribeImagePipelinesOutput, EcsPipelinesClient } from './client.js';
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
export { paginateDescribeImagePipelines } from './paginate.js';
export type { RetryOptions } from './retry.js';
export { DEFAULT_RETRY } from './retry.js';
export { VERSION } from './version.js';
export type { DescribeImagePipelinesResponseBody } from './generated/types.gen.js';
export type {
  Credentials,
  DescribeImagePipelinesRequest,
  DescribeImagePipelinesResponse,
  ImagePipeline,
  RequestTag,
  ResourceTag,
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
} from '@org/ecs-pipelines-core';
