// WebCrypto and encoding helpers shared by both signature versions. Web-standard globals only (`crypto.subtle`,
// `crypto.getRandomValues`, `TextEncoder`, `btoa`), so the same code runs in Node, Deno, Workers, Bun and browsers.
import { EcsValidationError } from '../errors.js';
import type { Credentials } from '../types.js';

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (a lone surrogate becomes U+FFFD, exactly as Alibaba's Node signer encodes it). */
export function utf8(s: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(s);
}

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = '';
  for (const b of view) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Standard base64 (with `+/=`) of bytes. */
export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const b of view) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Hex SHA-256 of a string (UTF-8) or of bytes. */
export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? utf8(data) : new Uint8Array(data);
  return toHex(await crypto.subtle.digest('SHA-256', bytes));
}

/** HMAC of `data` (UTF-8) keyed with `key` (UTF-8). */
export async function hmac(hash: 'SHA-1' | 'SHA-256', key: string, data: string): Promise<ArrayBuffer> {
  const k = await crypto.subtle.importKey('raw', utf8(key), { name: 'HMAC', hash }, false, ['sign']);
  return crypto.subtle.sign('HMAC', k, utf8(data));
}

/**
 * Compares two strings in time that depends only on their lengths, not on where they differ, so a verifier
 * does not tell an attacker how much of a forged signature was right.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  const x = utf8(a);
  const y = utf8(b);
  let diff = x.length ^ y.length;
  const n = Math.max(x.length, y.length);
  for (let i = 0; i < n; i++) diff |= (x[i] ?? 0) ^ (y[i] ?? 0);
  return diff === 0;
}

/** A fresh signature nonce: 32 hex characters (128 bits) from `crypto.getRandomValues`. */
export function randomNonce(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

/** The timestamp format both signatures use: UTC, no milliseconds (`2025-01-15T08:30:00Z`). */
export function formatTimestamp(date: Date): string {
  const t = date.getTime();
  if (!Number.isFinite(t)) {
    throw new EcsValidationError([{ parameter: 'timestamp', problem: 'is an invalid Date', allowed: 'a valid Date' }]);
  }
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Refuses credentials that cannot sign, naming the field and never quoting its value. */
export function checkCredentials(c: Credentials): void {
  const issues = [];
  for (const field of ['accessKeyId', 'accessKeySecret'] as const) {
    if (typeof c?.[field] !== 'string' || c[field] === '') {
      issues.push({ parameter: `credentials.${field}`, problem: 'is missing or empty', allowed: 'a non-empty string' });
    }
  }
  if (c?.securityToken !== undefined && (typeof c.securityToken !== 'string' || c.securityToken === '')) {
    issues.push({ parameter: 'credentials.securityToken', problem: 'is empty or not a string', allowed: 'a non-empty string, or leave it out' });
  }
  if (issues.length > 0) throw new EcsValidationError(issues);
}
