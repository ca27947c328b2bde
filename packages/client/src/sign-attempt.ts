// Signs one attempt of a request hey-api has built: a fresh date and nonce every time, so a retry is never
// a replay (the service refuses a reused nonce with SignatureNonceUsed).
import {
  type Credentials,
  encodeQuery,
  formatTimestamp,
  operation,
  parseQuery,
  randomNonce,
  signV1,
  signV3,
} from '@org/ecs-pipelines-core';

/** A request ready to send. */
export interface SignedRequest {
  url: string;
  headers: Record<string, string>;
}

/**
 * Signs `method url` (the URL carries the API parameters in its query) with ACS3-HMAC-SHA256 headers (`v3`) or
 * with HMAC-SHA1 common parameters added to the query (`v1`). `headers` are sent as given, unsigned unless
 * they are `x-acs-*` headers.
 */
export async function signAttempt(
  version: 'v3' | 'v1',
  method: string,
  url: string,
  headers: Record<string, string>,
  credentials: Credentials,
  now: Date = new Date(),
): Promise<SignedRequest> {
  const common = { credentials, action: operation.action, version: operation.version, timestamp: formatTimestamp(now), nonce: randomNonce() };
  if (version === 'v3') {
    const signed = await signV3({ method, url, headers, ...common });
    return { url, headers: signed.headers };
  }
  const q = url.indexOf('?');
  const base = q < 0 ? url : url.slice(0, q);
  const signed = await signV1({ method, params: q < 0 ? [] : parseQuery(url.slice(q + 1)), format: 'JSON', ...common });
  return { url: `${base}?${encodeQuery(signed.params)}`, headers };
}
