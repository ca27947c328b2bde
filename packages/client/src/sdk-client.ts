// The hey-api `Client` the generated operations are called with. hey-api's own fetch runtime (interceptors,
// body and path serializers, server-sent events) is about 4 KiB gzip, half the edge budget, and this
// client needs none of it: the operations only call `client.get` / `client.post` with `{ url, baseUrl,
// query, meta }`, so that is all this adapter provides. The URL query is the ACS wire form (core's
// spec-driven `toWireParams` + RFC 3986 `encodeQuery`), which hey-api's serializers cannot produce.
import { type DescribeImagePipelinesRequest, encodeQuery, toWireParams, type WireParams } from '@org/ecs-pipelines-core';
import type { Client } from './generated/client/index.js';

/** What the operations pass to `get`/`post` (the part this adapter reads). */
interface SdkRequest {
  baseUrl: string;
  url: string;
  query: DescribeImagePipelinesRequest;
  meta: unknown;
}

/** Sends `method url`; `meta` is what the caller put in the operation's options, `params` the URL's query as wire parameters. */
export type Send = (method: string, url: string, meta: unknown, params: WireParams) => Promise<unknown>;

/**
 * A `Client` for the generated operations: `get`/`post` build the URL and hand it to `send`, resolving to
 * `{ data }` as hey-api does with `throwOnError: true` (errors reject). Nothing else of `Client` exists.
 */
export function sdkClient(send: Send): Client {
  const call = (method: string) => async (o: SdkRequest) => {
    const params = toWireParams(o.query);
    return { data: await send(method, `${o.baseUrl}${o.url}?${encodeQuery(params)}`, o.meta, params) };
  };
  return { get: call('GET'), post: call('POST') } as unknown as Client;
}
