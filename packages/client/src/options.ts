// The options of createClient, of one call, and of pagination.
import type { EcsError } from '@org/ecs-pipelines-core';
import type { CredentialsOption } from './credentials.js';
import type { Network } from './endpoint.js';
import type { RetryOptions } from './retry.js';

/** What `onRequest` sees just before an attempt is sent; the URL and headers are already redacted. */
export interface RequestHookEvent {
  /** 1 for the first attempt. */
  attempt: number;
  method: string;
  url: string;
  headers: Record<string, string>;
}

/** What `onResponse` sees when an attempt got an HTTP answer (any status). */
export interface ResponseHookEvent {
  attempt: number;
  method: string;
  url: string;
  status: number;
  requestId?: string;
  durationMs: number;
}

/** What `onError` sees when an attempt failed, and whether the client will try again (after `delayMs`). */
export interface ErrorHookEvent {
  attempt: number;
  method: string;
  url: string;
  error: EcsError;
  willRetry: boolean;
  delayMs?: number;
  durationMs: number;
}

/** Observers for logging and metrics. They cannot change a call; an exception they throw is ignored. */
export interface Hooks {
  /** Called just before each attempt is sent. */
  onRequest?: (event: RequestHookEvent) => void;
  /** Called when an attempt got an HTTP answer, whatever its status. */
  onResponse?: (event: ResponseHookEvent) => void;
  /** Called when an attempt failed, retried or not. */
  onError?: (event: ErrorHookEvent) => void;
}

/** Where debug lines go (`console` works). Every line is redacted before it is written. */
export interface Logger {
  /** Writes one line, already redacted. */
  debug(message: string): void;
}

/** The options of {@link createClient}. Only `credentials` is required. */
export interface ClientOptions extends Hooks {
  /** Fills `RegionId` when a request has none, and picks the default endpoint. */
  regionId?: string;
  /** An AccessKey (with an STS `securityToken` or not), or a provider called per request and cached until shortly before `expiration`. */
  credentials: CredentialsOption;
  /** An `http(s)://host[:port]` origin that replaces the region's endpoint (emulators, proxies). */
  endpoint?: string;
  /** `'vpc'` sends to `ecs-vpc.<regionId>.aliyuncs.com`. Default `'public'`. */
  network?: Network;
  /** `'v3'` (ACS3-HMAC-SHA256, the default and what Alibaba's SDK sends) or `'v1'` (HMAC-SHA1 RPC signature). */
  signatureVersion?: 'v3' | 'v1';
  /** The HTTP method; the service accepts both, Alibaba's SDK sends POST. Default `'GET'`. */
  method?: 'GET' | 'POST';
  /** Attempts and backoff; see {@link RetryOptions}. */
  retry?: RetryOptions;
  /** How long one attempt may take, answer body included, before it fails with `EcsTimeoutError` (and is retried). Default 10 s. */
  timeoutMs?: number;
  /** The fetch to send with. Default: `globalThis.fetch`, or a `node:http` keep-alive transport under the `node` condition. */
  fetch?: typeof fetch;
  /** Appended to the user agent, e.g. `my-app/1.2`. */
  appId?: string;
  /** Debug output, one redacted line per attempt. */
  logger?: Logger;
}

/** Options of one call. */
export interface CallOptions {
  /** Aborting ends the call at once with `EcsAbortError`, also during a backoff wait. */
  signal?: AbortSignal;
  /** Replaces the client's per-attempt timeout for this call. */
  timeoutMs?: number;
  /** Replaces parts of the client's retry policy for this call. */
  retry?: RetryOptions;
}

/** Options of a paginator (`paginateDescribeImagePipelines`, …). */
export interface PaginateOptions extends CallOptions {
  /** The page size of every page (the action's page-size parameter, `MaxResults`, within its limits). */
  pageSize?: number;
  /** A `NextToken` to resume from. */
  startingToken?: string;
}

/** Options of an item iterator (`client.listImagePipelines`, `listImageComponents`, …). */
export interface ListOptions extends PaginateOptions {
  /** Stop after this many items, without fetching another page. */
  maxItems?: number;
}
