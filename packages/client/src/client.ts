// createClient: checks options once, then sends each call through the generated hey-api operation with a
// client adapter (sdk-client.ts) whose requests run the retry loop: sign, send, decode (attempts.ts).
import {
  type DescribeImagePipelinesRequest,
  type DescribeImagePipelinesResponse,
  type ImagePipeline,
  validateRequest,
} from '@org/ecs-pipelines-core';
import { type CallSettings, type ResponseMetadata, type SendSettings, sendWithRetries } from './attempts.js';
import { assertCallOptions, assertClientOptions } from './check-options.js';
import { credentialSource } from './credentials.js';
import { endpointOrigin, regionEndpoint } from './endpoint.js';
import { describeImagePipelines as sdkGet, describeImagePipelinesPost as sdkPost } from './generated/sdk.gen.js';
import { invalid } from './invalid.js';
import type { CallOptions, ClientOptions, ListOptions } from './options.js';

export type { ClientOptions };
import { listItems } from './paginate.js';
import { DEFAULT_RETRY } from './retry.js';
import { sdkClient } from './sdk-client.js';
import { fetchTransport, type Transport } from './transport.js';
import { userAgent } from './user-agent.js';

/** A request as callers write it: `RegionId` may be left to the client's `regionId`. */
export type DescribeImagePipelinesInput = Omit<DescribeImagePipelinesRequest, 'RegionId'> & { RegionId?: string };

/** One page, normalized by core's rules, with how it was obtained in a non-enumerable `$metadata`. */
export type DescribeImagePipelinesOutput = DescribeImagePipelinesResponse & { readonly $metadata: ResponseMetadata };

/** A DescribeImagePipelines client. Holds no secret in an enumerable property. */
export interface EcsPipelinesClient {
  /** One page. Rejects with core's error family; the error carries `$metadata` too. */
  describeImagePipelines(input: DescribeImagePipelinesInput, options?: CallOptions): Promise<DescribeImagePipelinesOutput>;
  /** Every matching pipeline, page after page, one at a time; stops at `maxItems` without fetching more. */
  listImagePipelines(input: DescribeImagePipelinesInput, options?: ListOptions): AsyncGenerator<ImagePipeline, void, undefined>;
}

/** What differs between the web and the Node entry. */
export interface ClientDefaults {
  runtime: string;
  /** Used when the caller gives no `fetch`. */
  transport?: () => Transport;
}

const DEFAULT_TIMEOUT_MS = 10_000;

function checkInput(input: unknown, regionId: string | undefined): DescribeImagePipelinesRequest {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    invalid([{ parameter: 'input', problem: 'is not an object', allowed: 'an object of DescribeImagePipelines parameters, such as { MaxResults: 10 }' }]);
  }
  const { RegionId, ...rest } = input as Record<string, unknown>;
  return validateRequest({ RegionId: RegionId ?? regionId, ...rest });
}

/** The shared body of the web and Node `createClient`. */
export function createClientWith(options: ClientOptions, defaults: ClientDefaults): EcsPipelinesClient {
  assertClientOptions(options);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sdkCall = options.method === 'POST' ? sdkPost : sdkGet;
  const settings: SendSettings = {
    credentials: credentialSource(options.credentials),
    signatureVersion: options.signatureVersion ?? 'v3',
    transport: options.fetch || !defaults.transport ? fetchTransport(options.fetch) : defaults.transport(),
    headers: { accept: 'application/json', 'user-agent': userAgent(defaults.runtime, options.appId) },
    observer: { onRequest: options.onRequest, onResponse: options.onResponse, onError: options.onError, logger: options.logger },
  };
  const fixedOrigin = options.endpoint === undefined ? undefined : endpointOrigin(options.endpoint);
  const sdk = sdkClient(async (method, url, meta) => {
    const { body, metadata } = await sendWithRetries(settings, meta as CallSettings, method, url);
    return Object.defineProperty(body, '$metadata', { value: metadata, enumerable: false });
  });

  const client: EcsPipelinesClient = {
    async describeImagePipelines(input, callOptions) {
      assertCallOptions(callOptions);
      const query = checkInput(input, options.regionId);
      const meta: CallSettings = {
        signal: callOptions?.signal,
        timeoutMs: callOptions?.timeoutMs ?? timeoutMs,
        retry: { ...retry, ...callOptions?.retry },
      };
      const { data } = await sdkCall({ client: sdk, baseUrl: fixedOrigin ?? regionEndpoint(query.RegionId, options.network), query, meta, throwOnError: true });
      return data as DescribeImagePipelinesOutput;
    },
    listImagePipelines: (input, listOptions) => listItems(client, input, listOptions),
  };
  return client;
}
