// Signs one request of an action with either signature version: the one orchestration the client's retry
// loop and the contract suite share. A fresh date and nonce every time, so a retry is never a replay (the
// service refuses a reused nonce with SignatureNonceUsed).
import type { Credentials, WireParams } from '../types.js';
import { encodeQuery } from '../wire/query.js';
import { formatTimestamp, randomNonce, type SignCrypto } from './crypto.js';
import { signV1 } from './v1.js';
import { signV3 } from './v3.js';

/** What a runtime may substitute in signing: core's hash/HMAC primitives and the nonce source. */
export interface SignTools {
  crypto?: SignCrypto | undefined;
  /** A fresh nonce of 32 hex characters (128 random bits); core's `randomNonce` when absent. */
  nonce?: (() => string) | undefined;
}

/** What to sign: `url` carries the API parameters in its query (`params` are those, when the caller has them). */
export interface SignRequestInput {
  signatureVersion: 'v3' | 'v1';
  method: string;
  url: string;
  /** Sent as given, unsigned unless they are `x-acs-*` headers. */
  headers: Record<string, string>;
  credentials: Credentials;
  action: string;
  version: string;
  /** Defaults to now. */
  now?: Date;
  /** Defaults to a fresh one from `tools.nonce` or `randomNonce`. */
  nonce?: string;
  params?: WireParams;
  tools?: SignTools;
  /** HMAC-SHA1 only: the response format asked for (default JSON). */
  format?: 'JSON' | 'XML';
}

/** A request ready to send. */
export interface SignedRequest {
  url: string;
  headers: Record<string, string>;
}

/**
 * Signs `method url` with ACS3-HMAC-SHA256 headers (`v3`) or with HMAC-SHA1 common parameters added to the
 * query (`v1`). The query must be `encodeQuery`'s RFC 3986 form, so it is read back exactly.
 */
export async function signRequest(input: SignRequestInput): Promise<SignedRequest> {
  const { method, url, headers, params, tools = {} } = input;
  const common = {
    crypto: tools.crypto,
    credentials: input.credentials,
    action: input.action,
    version: input.version,
    timestamp: formatTimestamp(input.now ?? new Date()),
    nonce: input.nonce ?? (tools.nonce ?? randomNonce)(),
  };
  if (input.signatureVersion === 'v3') return { url, headers: (await signV3({ method, url, headers, params, ...common })).headers };
  const [base, query = ''] = url.split('?');
  const signed = await signV1({ method, params: params ?? [...new URLSearchParams(query)], format: input.format ?? 'JSON', ...common });
  return { url: `${base}?${encodeQuery(signed.params)}`, headers };
}
