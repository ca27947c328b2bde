// ACS3-HMAC-SHA256 (signature V3), the default. Pure: clock and nonce are inputs.
// Algorithm: Alibaba Cloud "Request syntax and signature method V3"; checked against the vectors computed by
// @alicloud/openapi-util and @alicloud/openapi-core (test/sign-*.test.ts).
import type { Credentials, WireParams } from '../types.js';
import { canonicalQuery } from '../wire/query.js';
import type { SchemaNode } from '../spec.js';
import { credentialsSchema, EMPTY_SHA256, invalid, refuse, type SignCrypto, webCrypto } from './crypto.js';

/** The algorithm name that starts the string-to-sign and the `Authorization` header. */
export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** What `signV3` signs. `timestamp` comes from `formatTimestamp`, `nonce` from `randomNonce`. */
export interface SignV3Input {
  method: string;
  /**
   * The full request URL; its host (port included) is signed and its query, decoded as WHATWG URL does it
   * (`+` is a space), is canonicalised.
   */
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  credentials: Credentials;
  action: string;
  version: string;
  timestamp: string;
  nonce: string;
  /**
   * The URL's query as decoded wire parameters, when the caller built the URL from them (`encodeQuery`):
   * spares parsing the query back. They must be exactly what the URL's query decodes to.
   */
  params?: WireParams;
  /** Hash and HMAC primitives; WebCrypto when absent. */
  crypto?: SignCrypto;
}

/** Headers to send, and the intermediate strings for debugging a signature mismatch. */
export interface SignV3Result {
  /** Input headers plus every `x-acs-*` header and `authorization`. `host` is signed but not here: fetch sets it. */
  headers: Record<string, string>;
  /** Contains the security token when there is one: never log it. */
  canonicalRequest: string;
  stringToSign: string;
}

// These values travel in headers, which take only bytes (fetch throws a bare TypeError on anything else) and
// which HTTP trims: refused here, by name and without quoting them.
const HEADER: SchemaNode = { type: 'string', minLength: 1, pattern: '^[\\x21-\\x7e]+$', title: 'visible ASCII characters (it is sent in an HTTP header)' };
const INPUT: SchemaNode = {
  type: 'object',
  required: ['credentials', 'action', 'version', 'timestamp', 'nonce'],
  properties: { credentials: credentialsSchema({ accessKeyId: HEADER, securityToken: HEADER }), action: HEADER, version: HEADER, timestamp: HEADER, nonce: HEADER },
};

/**
 * Signs a request with ACS3-HMAC-SHA256, on WebCrypto unless `crypto` is given. Throws `EcsValidationError`
 * for unusable credentials.
 */
export async function signV3(req: SignV3Input): Promise<SignV3Result> {
  const { credentials, action, version, timestamp, nonce, body, crypto: c = webCrypto } = req;
  refuse(INPUT, { credentials, action, version, timestamp, nonce });
  const { accessKeyId, accessKeySecret, securityToken } = credentials;
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    invalid([['url', 'is not an absolute URL', 'an absolute URL such as https://ecs.cn-hangzhou.aliyuncs.com/']]);
  }
  // Names we set are lower-case and replace any caller spelling of them.
  const own: Record<string, string> = {
    'x-acs-action': action,
    'x-acs-version': version,
    'x-acs-date': timestamp,
    'x-acs-signature-nonce': nonce,
    'x-acs-content-sha256': body?.length ? await c.sha256Hex(body) : EMPTY_SHA256,
  };
  if (securityToken) own['x-acs-security-token'] = securityToken;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower !== 'host' && lower !== 'authorization' && !Object.hasOwn(own, lower)) headers[name] = value;
  }
  Object.assign(headers, own);
  const signed = signedHeaders({ host: url!.host, ...headers });
  const canonicalRequest = [req.method.toUpperCase(), canonicalUri(url!.pathname), canonicalQuery(req.params ?? [...url!.searchParams]), signed.block, signed.names, own['x-acs-content-sha256']].join('\n');
  const stringToSign = await v3StringToSign(canonicalRequest, c);
  headers.authorization = `${V3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signed.names},Signature=${await c.hmac('SHA-256', accessKeySecret, stringToSign, 'hex')}`;
  return { headers, canonicalRequest, stringToSign };
}

/** `ACS3-HMAC-SHA256\n` + hex SHA-256 of the canonical request. */
export async function v3StringToSign(canonicalRequest: string, c: SignCrypto = webCrypto): Promise<string> {
  return `${V3_ALGORITHM}\n${await c.sha256Hex(canonicalRequest)}`;
}

/**
 * The signed-header part of a canonical request: `host`, `content-type` and every `x-acs-*` header (or, with
 * `only`, exactly those names), lower-cased and sorted, values trimmed; one name given in two spellings joins
 * its sorted values with `,` (as Alibaba's signer does). `block` ends with a newline, so the canonical request
 * has a blank line there.
 */
export function signedHeaders(headers: Record<string, string>, only?: readonly string[]): { block: string; names: string } {
  const groups: Record<string, string[]> = Object.create(null);
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (only ? only.includes(lower) : /^(host|content-type|x-acs-.*)$/.test(lower)) (groups[lower] ??= []).push((value ?? '').trim());
  }
  const names = Object.keys(groups).sort();
  return { block: names.map((n) => `${n}:${groups[n]!.sort()}\n`).join(''), names: names.join(';') };
}

/** The canonical URI: the URL's (already percent-encoded) path with Alibaba's three fix-ups. RPC uses `/`. */
export function canonicalUri(pathname: string): string {
  return (pathname || '/').replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}
