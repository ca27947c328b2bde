// Signs one attempt of a request: a fresh date and nonce every time, so a retry is never a replay (the
// service refuses a reused nonce with SignatureNonceUsed).
import { type Credentials, encodeQuery, formatTimestamp, randomNonce, requestSchema, type SignCrypto, signV1, signV3, type WireParams } from '@org/ecs-pipelines-core';

/** What a runtime may substitute in signing: core's hash/HMAC primitives and the nonce source. */
export interface SignTools {
  crypto?: SignCrypto | undefined;
  /** A fresh nonce of 32 hex characters (128 random bits); core's `randomNonce` when absent. */
  nonce?: (() => string) | undefined;
}

/** A request ready to send. */
export interface SignedRequest {
  url: string;
  headers: Record<string, string>;
}

/**
 * Signs `method url` (the URL carries the API parameters in its query) with ACS3-HMAC-SHA256 headers (`v3`) or
 * with HMAC-SHA1 common parameters added to the query (`v1`). `headers` are sent as given, unsigned unless
 * they are `x-acs-*` headers. `params`, when given, are the wire parameters the query was encoded from (the
 * query is not parsed back); `tools` replace WebCrypto and the nonce source (the Node entry passes node:crypto).
 */
export async function signAttempt(
  version: 'v3' | 'v1',
  method: string,
  url: string,
  headers: Record<string, string>,
  credentials: Credentials,
  now: Date = new Date(),
  params?: WireParams,
  tools: SignTools = {},
): Promise<SignedRequest> {
  const common = {
    crypto: tools.crypto,
    credentials,
    action: requestSchema['x-acs-action'],
    version: requestSchema['x-acs-version'],
    timestamp: formatTimestamp(now),
    nonce: (tools.nonce ?? randomNonce)(),
  };
  if (version === 'v3') return { url, headers: (await signV3({ method, url, headers, params, ...common })).headers };
  // The query is ours (encodeQuery's RFC 3986 form), so the platform's parser reads it back exactly.
  const [base, query] = url.split('?');
  const signed = await signV1({ method, params: params ?? [...new URLSearchParams(query)], format: 'JSON', ...common });
  return { url: `${base}?${encodeQuery(signed.params)}`, headers };
}
