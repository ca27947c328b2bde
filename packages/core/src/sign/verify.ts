// Signature verifiers for the emulator: the service's side of both algorithms. They check the signature only
// (the emulator judges timestamps, nonces and tokens), compare in constant time, and never throw on hostile
// input: every refusal is a result with the service's error code.
import { redact } from '../redact.js';
import type { WireParams } from '../types.js';
import { canonicalQuery, parseQuery } from '../wire/query.js';
import { sha256Hex, timingSafeEqual, hmac, toHex } from './crypto.js';
import { v1Signature, v1StringToSign } from './v1.js';
import { canonicalUri, signedHeaders, V3_ALGORITHM, v3StringToSign } from './v3.js';

/** The verdict on a request's signature, with what the emulator needs next (key, token, time, nonce). */
export type VerifyResult =
  | { ok: true; accessKeyId: string; securityToken?: string; timestamp: string; nonce: string; algorithm: 'v3' | 'v1' }
  | {
      ok: false;
      code: 'IncompleteSignature' | 'SignatureDoesNotMatch' | 'InvalidAccessKeyId.NotFound';
      message: string;
      /** The server's string-to-sign, for the client to compare with its own (tokens redacted). */
      stringToSign?: string;
    };

/** Finds the secret of an AccessKey ID; `undefined` (or `''`) when the key is unknown. */
export type LookupSecret = (accessKeyId: string) => string | undefined;

const incomplete = (detail: string): VerifyResult => ({
  ok: false,
  code: 'IncompleteSignature',
  message: `The request signature does not conform to Aliyun standards. ${detail}`,
});
const notFound: VerifyResult = { ok: false, code: 'InvalidAccessKeyId.NotFound', message: 'Specified access key is not found.' };
const mismatch = (stringToSign: string | undefined, detail = ''): VerifyResult => ({
  ok: false,
  code: 'SignatureDoesNotMatch',
  message: `Specified signature is not matched with our calculation.${detail ? ` ${detail}` : ''}`,
  ...(stringToSign === undefined ? {} : { stringToSign: redact(stringToSign) }),
});

const AUTHORIZATION = new RegExp(`^${V3_ALGORITHM} Credential=([^,\\s]+),\\s*SignedHeaders=([^,\\s]+),\\s*Signature=([0-9a-fA-F]+)$`);

/** Verifies an ACS3-HMAC-SHA256 request: the `Authorization` header against the method, URL, headers and body. */
export async function verifyV3(req: {
  method: string;
  url: string;
  headers: Headers | Record<string, string>;
  body: Uint8Array;
  lookupSecret: LookupSecret;
}): Promise<VerifyResult> {
  const h = lowerCaseHeaders(req.headers);
  const auth = AUTHORIZATION.exec((h.get('authorization') ?? '').trim());
  if (!auth) return incomplete(`The Authorization header must read "${V3_ALGORITHM} Credential=<AccessKeyId>,SignedHeaders=<h1;h2>,Signature=<hex>".`);
  const [, accessKeyId = '', signedList = '', signature = ''] = auth;
  let url: URL;
  let query: WireParams;
  try {
    url = new URL(req.url);
    query = parseQuery(url.search);
  } catch {
    return incomplete('The URL or its query string is malformed.');
  }
  if (!h.has('host')) h.set('host', url.host);
  const names = signedList.toLowerCase().split(';');
  const unsigned = [...h.keys()].filter((n) => n.startsWith('x-acs-') && !names.includes(n));
  if (!names.includes('host') || unsigned.length > 0) {
    return incomplete(`Every x-acs-* header and host must be signed; unsigned: ${['host', ...unsigned].filter((n) => !names.includes(n)).join(', ')}.`);
  }
  const absent = names.filter((n) => !h.has(n));
  if (absent.length > 0) return incomplete(`Signed headers missing from the request: ${absent.join(', ')}.`);
  const secret = req.lookupSecret(accessKeyId);
  if (!secret) return notFound;

  const bodyHash = await sha256Hex(req.body);
  const claimed = h.get('x-acs-content-sha256');
  if (claimed !== undefined && claimed !== bodyHash) return mismatch(undefined, 'The x-acs-content-sha256 header does not match the body.');
  const signed = signedHeaders(Object.fromEntries(names.map((n) => [n, h.get(n) ?? ''])), names);
  const canonicalRequest = [req.method.toUpperCase(), canonicalUri(url.pathname), canonicalQuery(query), signed.block, signed.names, bodyHash].join('\n');
  const stringToSign = await v3StringToSign(canonicalRequest);
  const expected = toHex(await hmac('SHA-256', secret, stringToSign));
  if (!timingSafeEqual(expected, signature)) return mismatch(stringToSign);
  const token = h.get('x-acs-security-token');
  return {
    ok: true,
    accessKeyId,
    ...(token === undefined ? {} : { securityToken: token }),
    timestamp: h.get('x-acs-date') ?? '',
    nonce: h.get('x-acs-signature-nonce') ?? '',
    algorithm: 'v3',
  };
}

/** Verifies an HMAC-SHA1 (SignatureVersion 1.0) request from its decoded query and form parameters. */
export async function verifyV1(req: { method: string; params: WireParams; lookupSecret: LookupSecret }): Promise<VerifyResult> {
  const single = (name: string): string | undefined | null => {
    const values = req.params.filter(([n]) => n === name);
    return values.length === 0 ? undefined : values.length > 1 ? null : values[0]![1];
  };
  const signature = single('Signature');
  const accessKeyId = single('AccessKeyId');
  if (!signature || !accessKeyId) return incomplete('Exactly one Signature and one AccessKeyId are required.');
  if (single('SignatureMethod') !== 'HMAC-SHA1' || single('SignatureVersion') !== '1.0') {
    return incomplete('SignatureMethod must be HMAC-SHA1 and SignatureVersion 1.0.');
  }
  for (const name of ['Timestamp', 'SignatureNonce', 'SecurityToken']) {
    if (single(name) === null) return incomplete(`${name} is given more than once.`);
  }
  const secret = req.lookupSecret(accessKeyId);
  if (!secret) return notFound;
  let stringToSign: string;
  try {
    stringToSign = v1StringToSign(req.method, req.params.filter(([n]) => n !== 'Signature'));
  } catch {
    return incomplete('A parameter is not well-formed Unicode.');
  }
  const expected = await v1Signature(secret, stringToSign);
  if (!timingSafeEqual(expected, signature)) return mismatch(stringToSign);
  const token = single('SecurityToken');
  return {
    ok: true,
    accessKeyId,
    ...(typeof token === 'string' ? { securityToken: token } : {}),
    timestamp: single('Timestamp') ?? '',
    nonce: single('SignatureNonce') ?? '',
    algorithm: 'v1',
  };
}

// Header names are case-insensitive; a record with one name in two spellings keeps both values, joined
// as `Headers` would join them.
function lowerCaseHeaders(headers: Headers | Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string, value: string) => {
    const n = name.toLowerCase();
    out.set(n, out.has(n) ? `${out.get(n)}, ${value}` : value);
  };
  if (typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function') {
    (headers as Headers).forEach((value, name) => add(name, value));
  } else {
    for (const [name, value] of Object.entries(headers)) add(name, String(value));
  }
  return out;
}
