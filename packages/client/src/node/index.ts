/// <reference types="node" />
// @org/ecs-pipelines-client under the `node` condition (or `/node`): the same API, with a node:http
// keep-alive transport as the default when no `fetch` is given.
import { type ClientOptions, createClientWith, type EcsPipelinesClient } from '../client.js';
import { nodeCrypto, nodeNonce } from './crypto.js';
import { nodeTransport } from './transport.js';

/**
 * A DescribeImagePipelines client for Node: like the edge `createClient`, but it sends over node:http(s)
 * with keep-alive unless `fetch` is given, and signs with node:crypto (synchronous, several times cheaper
 * than WebCrypto) on either transport. Checks every option before returning.
 */
export function createClient(options: ClientOptions): EcsPipelinesClient {
  return createClientWith(options, { runtime: `Node.js/${process.versions.node}`, transport: nodeTransport, tools: { crypto: nodeCrypto, nonce: nodeNonce } });
}

export type {
  CallOptions,
  ClientOptions,
  Credentials,
  CredentialsOption,
  CredentialsProvider,
  DescribeImagePipelinesInput,
  DescribeImagePipelinesOutput,
  DescribeImagePipelinesRequest,
  DescribeImagePipelinesResponse,
  DescribeImagePipelinesResponseBody,
  EcsPipelinesClient,
  ErrorHookEvent,
  ExpiringCredentials,
  Hooks,
  ImagePipeline,
  ListOptions,
  Logger,
  Network,
  PaginateOptions,
  RequestHookEvent,
  RequestTag,
  ResourceTag,
  ResponseHookEvent,
  ResponseMetadata,
  RetryOptions,
  ValidationIssue,
} from '../index.js';
export {
  DEFAULT_RETRY,
  EcsAbortError,
  EcsApiError,
  EcsError,
  EcsNetworkError,
  EcsResponseError,
  EcsTimeoutError,
  EcsValidationError,
  fromEnv,
  paginateDescribeImagePipelines,
  REGION_ENDPOINTS,
  regionEndpoint,
  VERSION,
} from '../index.js';
