// WebCrypto and encoding helpers shared by both signature versions. Web-standard globals only (`crypto.subtle`,
// `crypto.getRandomValues`, `TextEncoder`, `btoa`), so the same code runs in Node, Deno, Workers, Bun and browsers.
import { EcsValidationError } from '../errors.js';
import type { SchemaNode } from '../spec.js';
import type { Credentials, ValidationIssue } from '../types.js';
import { checkSchema } from '../validate.js';

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (a lone surrogate becomes U+FFFD, exactly as Alibaba's Node signer encodes it). */
export const utf8 = (s: string): Uint8Array<ArrayBuffer> => encoder.encode(s);

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += HEX[b];
  return s;
}

/** Standard base64 (with `+/=`) of bytes. */
export const toBase64 = (bytes: ArrayBuffer | Uint8Array): string => btoa(String.fromCharCode(...new Uint8Array(bytes)));

// Every unsigned request has an empty body; its hash is a constant (the one the V3 docs print).
export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** Hex SHA-256 of a string (UTF-8) or of bytes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  return data.length ? toHex(await crypto.subtle.digest('SHA-256', typeof data === 'string' ? utf8(data) : new Uint8Array(data))) : EMPTY_SHA256;
}

// Importing an HMAC key costs about as much as the signature itself, and a client signs with one secret for
// hours: keys are kept per algorithm and secret. Bounded, so rotating credentials cannot grow it without end;
// the secrets are the ones the caller's credentials already hold in memory.
const keys = new Map<string, Promise<CryptoKey>>();

/** HMAC of `data` (UTF-8) keyed with `key` (UTF-8). */
export async function hmac(hash: 'SHA-1' | 'SHA-256', key: string, data: string): Promise<ArrayBuffer> {
  const id = hash + key;
  let k = keys.get(id);
  if (!k) {
    if (keys.size > 31) keys.clear();
    k = crypto.subtle.importKey('raw', utf8(key), { name: 'HMAC', hash }, false, ['sign']);
    keys.set(id, k);
    k.catch(() => keys.delete(id));
  }
  return crypto.subtle.sign('HMAC', await k, utf8(data));
}

/**
 * The hash and HMAC primitives the signers run on. The default is WebCrypto (every runtime has it, but each
 * call is an asynchronous job on a thread pool); a runtime with a synchronous library passes its own (the
 * client's Node entry uses node:crypto), several times faster per signature. Results must equal WebCrypto's.
 */
export interface SignCrypto {
  /** Lower-case hex SHA-256 of a string (UTF-8) or of bytes. */
  sha256Hex(data: string | Uint8Array): string | Promise<string>;
  /** HMAC of `data` (UTF-8) keyed with `key` (UTF-8), as lower-case hex or standard base64 (with `+/=`). */
  hmac(hash: 'SHA-1' | 'SHA-256', key: string, data: string, encoding: 'hex' | 'base64'): string | Promise<string>;
}

/** The default {@link SignCrypto}: WebCrypto, with HMAC keys cached per secret. */
export const webCrypto: SignCrypto = {
  sha256Hex,
  hmac: async (hash, key, data, encoding) => (encoding === 'hex' ? toHex : toBase64)(await hmac(hash, key, data)),
};

/**
 * Compares two strings in time that depends only on their lengths, not on where they differ, so a verifier
 * does not tell an attacker how much of a forged signature was right.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const x = utf8(a);
  const y = utf8(b);
  let diff = x.length ^ y.length;
  for (let i = 0; i < Math.max(x.length, y.length); i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** A fresh signature nonce: 32 hex characters (128 bits) from `crypto.getRandomValues`. */
export const randomNonce = (): string => toHex(crypto.getRandomValues(new Uint8Array(16)));

/** The timestamp format both signatures use: UTC, no milliseconds (`2025-01-15T08:30:00Z`). */
export function formatTimestamp(date: Date): string {
  if (!Number.isFinite(date.getTime())) invalid([['timestamp', 'is an invalid Date', 'a valid Date']]);
  const iso = date.toISOString();
  // `YYYY-MM-DDTHH:mm:ss.sssZ` in the years 0 to 9999; the rare extended years (`+012345-…`) take the regex.
  return iso.length === 24 ? `${iso.slice(0, 19)}Z` : iso.replace(/\.\d{3}Z$/, 'Z');
}

/** Throws `EcsValidationError` for `[parameter, problem, allowed]` triples, when there are any. */
export function invalid(list: Array<[string, string, string]>): void {
  if (list.length) throw new EcsValidationError(list.map(([parameter, problem, allowed]): ValidationIssue => ({ parameter, problem, allowed })));
}

const NON_EMPTY: SchemaNode = { type: 'string', minLength: 1 };

/** Credentials that can sign: a key ID and secret, and a token when there is one; `fields` replaces rules. */
export const credentialsSchema = (fields?: Record<string, SchemaNode>): SchemaNode => ({
  type: 'object',
  required: ['accessKeyId', 'accessKeySecret'],
  properties: { accessKeyId: NON_EMPTY, accessKeySecret: NON_EMPTY, securityToken: NON_EMPTY, ...fields },
});

/** Throws `EcsValidationError` for every problem of `value` against `schema` (values never quoted). */
export function refuse(schema: SchemaNode, value: unknown): void {
  const issues = checkSchema(schema, value);
  if (issues.length) throw new EcsValidationError(issues);
}
