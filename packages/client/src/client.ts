// createClient: checks options once, then sends each call through the generated hey-api operation with a
// client adapter (sdk-client.ts) whose requests run the retry loop: sign, send, decode (attempts.ts).
import {
  checkSchema,
  type DescribeImagePipelinesRequest,
  type DescribeImagePipelinesResponse,
  type ImagePipeline,
  validateRequest,
} from '@org/ecs-pipelines-core';
import { type CallSettings, type ResponseMetadata, sendWithRetries } from './attempts.js';
import { assertCallOptions, assertClientOptions, refuse } from './check-options.js';
import { credentialSource } from './credentials.js';
import { endpointOrigin, regionEndpoint } from './endpoint.js';
import { describeImagePipelines as sdkGet, describeImagePipelinesPost as sdkPost } from './generated/sdk.gen.js';
import type { CallOptions, ClientOptions, ListOptions } from './options.js';
import { listItems } from './paginate.js';
import { DEFAULT_RETRY } from './retry.js';
import { sdkClient } from './sdk-client.js';
import type { SignTools } from './sign-attempt.js';
import { fetchTransport, type Transport } from './transport.js';
import { userAgent } from './user-agent.js';

export type { ClientOptions };

/** A request as callers write it: `RegionId` may be left to the client's `regionId`. */
export type DescribeImagePipelinesInput = Omit<DescribeImagePipelinesRequest, 'RegionId'> & { RegionId?: string };

type Wrapper = NonNullable<DescribeImagePipelinesResponse['ImagePipeline']>;

/**
 * One page, normalized by core's rules, with how it was obtained in a non-enumerable `$metadata`. The list is
 * always there: a page without templates has `ImagePipeline: { ImagePipelineSet: [] }`, so
 * `page.ImagePipeline.ImagePipelineSet` needs no optional chaining.
 */
export type DescribeImagePipelinesOutput = Omit<DescribeImagePipelinesResponse, 'ImagePipeline'> & {
  ImagePipeline: Omit<Wrapper, 'ImagePipelineSet'> & { ImagePipelineSet: NonNullable<Wrapper['ImagePipelineSet']> };
  readonly $metadata: ResponseMetadata;
};

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
  /** Hash, HMAC and nonces for signing, whatever the transport; WebCrypto when absent. */
  tools?: SignTools;
}

const INPUT = { type: 'object', title: 'an object of parameters, such as { MaxResults: 10 }' };

/** The shared body of the web and Node `createClient`. */
export function createClientWith(options: ClientOptions, defaults: ClientDefaults): EcsPipelinesClient {
  assertClientOptions(options);
  const { regionId, endpoint, fetch, retry, timeoutMs = 10_000 } = options;
  const settings = {
    credentials: credentialSource(options.credentials),
    signatureVersion: options.signatureVersion ?? 'v3',
    transport: fetch || !defaults.transport ? fetchTransport(fetch) : defaults.transport(),
    headers: { accept: 'application/json', 'user-agent': userAgent(defaults.runtime, options.appId) },
    observer: options,
    tools: defaults.tools ?? {},
  } as const;
  const origin = endpoint && endpointOrigin(endpoint);
  const clientRetry = { ...DEFAULT_RETRY, ...retry };
  const sdk = sdkClient((method, url, meta, params) => sendWithRetries(settings, meta as CallSettings, method, url, params));
  const call = options.method === 'POST' ? sdkPost : sdkGet;

  const client: EcsPipelinesClient = {
    async describeImagePipelines(input, callOptions) {
      assertCallOptions(callOptions);
      refuse(checkSchema(INPUT, input, 'input'));
      const { RegionId, ...rest } = input;
      const query = validateRequest({ RegionId: RegionId ?? regionId, ...rest });
      const meta: CallSettings = { signal: callOptions?.signal, timeoutMs: callOptions?.timeoutMs ?? timeoutMs, retry: callOptions?.retry ? { ...clientRetry, ...callOptions.retry } : clientRetry };
      const { data } = await call({ client: sdk, baseUrl: origin || regionEndpoint(query.RegionId, options.network), query, meta, throwOnError: true });
      return data as DescribeImagePipelinesOutput;
    },
    listImagePipelines: (input, listOptions) => listItems(client, input, listOptions),
  };
  return client;
}
