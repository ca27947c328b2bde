// ACS3-HMAC-SHA256 (signature V3), the default. Pure: clock and nonce are inputs.
// Algorithm: Alibaba Cloud "Request syntax and signature method V3"; checked against the vectors computed by
// @alicloud/openapi-util and @alicloud/openapi-core (test/sign-*.test.ts).
import { EcsValidationError } from '../errors.js';
import type { Credentials } from '../types.js';
import { parseQuery, canonicalQuery } from '../wire/query.js';
import { checkCredentials, hmac, sha256Hex, toHex } from './crypto.js';

/** The algorithm name that starts the string-to-sign and the `Authorization` header. */
export const V3_ALGORITHM = 'ACS3-HMAC-SHA256';

/** What `signV3` signs. `timestamp` comes from `formatTimestamp`, `nonce` from `randomNonce`. */
export interface SignV3Input {
  method: string;
  /** The full request URL; its host (port included) is signed and its query is canonicalised. */
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  credentials: Credentials;
  action: string;
  version: string;
  timestamp: string;
  nonce: string;
}

/** Headers to send, and the intermediate strings for debugging a signature mismatch. */
export interface SignV3Result {
  /** Input headers plus every `x-acs-*` header and `authorization`. `host` is signed but not here: fetch sets it. */
  headers: Record<string, string>;
  /** Contains the security token when there is one: never log it. */
  canonicalRequest: string;
  stringToSign: string;
}

const OWN_HEADERS = ['host', 'authorization', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'];

/** Signs a request with ACS3-HMAC-SHA256 on WebCrypto. Throws `EcsValidationError` for unusable credentials. */
export async function signV3(req: SignV3Input): Promise<SignV3Result> {
  checkCredentials(req.credentials);
  checkHeaderValues(req);
  const { accessKeyId, accessKeySecret, securityToken } = req.credentials;
  const url = parseUrl(req.url);
  const own = securityToken ? [...OWN_HEADERS, 'x-acs-security-token'] : OWN_HEADERS;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers ?? {})) {
    if (!own.includes(name.toLowerCase())) headers[name] = value;
  }
  headers['x-acs-action'] = req.action;
  headers['x-acs-version'] = req.version;
  headers['x-acs-date'] = req.timestamp;
  headers['x-acs-signature-nonce'] = req.nonce;
  headers['x-acs-content-sha256'] = await sha256Hex(req.body ?? '');
  if (securityToken) headers['x-acs-security-token'] = securityToken;

  const signed = signedHeaders({ host: url.host, ...headers });
  const canonicalRequest = [
    req.method.toUpperCase(),
    canonicalUri(url.pathname),
    canonicalQuery(parseQuery(url.search)),
    signed.block,
    signed.names,
    headers['x-acs-content-sha256'],
  ].join('\n');
  const stringToSign = await v3StringToSign(canonicalRequest);
  const signature = toHex(await hmac('SHA-256', accessKeySecret, stringToSign));
  headers.authorization = `${V3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signed.names},Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign };
}

// These values travel in headers, which take only bytes (fetch throws a bare TypeError on anything else) and
// which HTTP trims; refuse them here, by name and without quoting them.
const HEADER_SAFE = /^[\x21-\x7e]+$/;

function checkHeaderValues(req: SignV3Input): void {
  const fields: Array<[string, string | undefined]> = [
    ['credentials.accessKeyId', req.credentials.accessKeyId],
    ['credentials.securityToken', req.credentials.securityToken],
    ['action', req.action],
    ['version', req.version],
    ['timestamp', req.timestamp],
    ['nonce', req.nonce],
  ];
  const issues = fields
    .filter(([, v]) => v !== undefined && !HEADER_SAFE.test(v))
    .map(([parameter]) => ({ parameter, problem: 'cannot be sent in an HTTP header (it has spaces, control or non-ASCII characters)', allowed: 'visible ASCII characters only' }));
  if (issues.length > 0) throw new EcsValidationError(issues);
}

function parseUrl(raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new EcsValidationError([{ parameter: 'url', problem: 'is not an absolute URL', allowed: 'an absolute URL such as https://ecs.cn-hangzhou.aliyuncs.com/' }]);
  }
}

/** `ACS3-HMAC-SHA256\n` + hex SHA-256 of the canonical request. */
export async function v3StringToSign(canonicalRequest: string): Promise<string> {
  return `${V3_ALGORITHM}\n${await sha256Hex(canonicalRequest)}`;
}

/**
 * The signed-header part of a canonical request: `host`, `content-type` and every `x-acs-*` header (or, with
 * `only`, exactly those names), lower-cased and sorted, values trimmed; one name given in two spellings joins
 * its sorted values with `,` (as Alibaba's signer does). `block` ends with a newline, so the canonical request
 * has a blank line there.
 */
export function signedHeaders(headers: Record<string, string>, only?: readonly string[]): { block: string; names: string } {
  const groups = new Map<string, string[]>();
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    const signed = only ? only.includes(lower) : lower === 'host' || lower === 'content-type' || lower.startsWith('x-acs-');
    if (signed) groups.set(lower, [...(groups.get(lower) ?? []), (value ?? '').trim()]);
  }
  const names = [...groups.keys()].sort();
  const block = names.map((n) => `${n}:${groups.get(n)!.sort().join(',')}\n`).join('');
  return { block, names: names.join(';') };
}

/** The canonical URI: the URL's (already percent-encoded) path with Alibaba's three fix-ups. RPC uses `/`. */
export function canonicalUri(pathname: string): string {
  return (pathname || '/').replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');
}
