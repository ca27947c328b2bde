// createClient / createBareClient: check options once, then send each call of any action through the retry
// loop (attempts.ts): validate with the action's rules, flatten, sign, send, decode. The full client adds one
// method per action, bound from the generated method table; the bare client has only `send`, so a bundle
// that imports one standalone command pays for that action alone.
import { type Action, checkSchema, encodeQuery, type OperationSpec, type RequestOf, type SignTools, toWireParams, validateRequest } from '@org/ecs-pipelines-core';
import { type CallSettings, sendWithRetries } from './attempts.js';
import { assertCallOptions, assertClientOptions, refuse } from './check-options.js';
import { credentialSource } from './credentials.js';
import { endpointOrigin, regionEndpoint } from './endpoint.js';
import { methods, type OperationMethods } from './generated/operations.gen.js';
import { type BareClient, bind, type Input, type Operation, type Output } from './operation.js';
import type { CallOptions, ClientOptions } from './options.js';
import { DEFAULT_RETRY } from './retry.js';
import { fetchTransport, type Transport } from './transport.js';
import { userAgent } from './user-agent.js';

export type { ClientOptions };

/** A client with one method per action (`describeImagePipelines`, …, `listImagePipelines`). Holds no secret in an enumerable property. */
export interface EcsPipelinesClient extends BareClient, OperationMethods {}

/** What differs between the web and the Node entry. */
export interface ClientDefaults {
  runtime: string;
  /** Used when the caller gives no `fetch`. */
  transport?: () => Transport;
  /** Hash, HMAC and nonces for signing, whatever the transport; WebCrypto when absent. */
  tools?: SignTools;
}

const INPUT = { type: 'object', title: 'an object of parameters, such as { MaxResults: 10 }' };

/** The shared body of the web and Node `createBareClient`. */
export function createBareClientWith(options: ClientOptions, defaults: ClientDefaults): BareClient {
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
  const method = options.method ?? 'GET';
  return {
    async send<A extends Action>(op: Operation<A>, input: Input<RequestOf<A>>, callOptions?: CallOptions): Promise<Output<A>> {
      assertCallOptions(callOptions);
      refuse(checkSchema(INPUT, input, 'input'));
      const { RegionId, ...rest } = input as Record<string, unknown>;
      // An idempotent write gets its token once per call; every retry sends the same one, so a retried create
      // or start never makes a second resource.
      const token = op.idempotencyToken;
      if (token && rest[token] == null) rest[token] = crypto.randomUUID();
      const query = validateRequest<OperationSpec, { RegionId: string }>(op, { RegionId: RegionId ?? regionId, ...rest });
      const call: CallSettings = {
        signal: callOptions?.signal,
        timeoutMs: callOptions?.timeoutMs ?? timeoutMs,
        retry: callOptions?.retry ? { ...clientRetry, ...callOptions.retry } : clientRetry,
      };
      // RPC: every action goes to `/`, its parameters in the query with GET and POST alike.
      const params = toWireParams(query);
      const url = `${origin || regionEndpoint(query.RegionId, options.network)}/?${encodeQuery(params)}`;
      return (await sendWithRetries(settings, op, call, method, url, params)) as Output<A>;
    },
  };
}

/** The shared body of the web and Node `createClient`. */
export function createClientWith(options: ClientOptions, defaults: ClientDefaults): EcsPipelinesClient {
  const bare = createBareClientWith(options, defaults);
  const client: EcsPipelinesClient = { send: bare.send, ...bind(bare, methods) };
  return client;
}
