// Authentication: which signature a request carries, its verification (core's verifiers), then the checks the
// verifiers leave to the server: timestamp window, replayed nonce, STS token.
import { percentEncode, timingSafeEqual, V3_ALGORITHM, verifyV1, verifyV3, type WireParams } from '@org/ecs-pipelines-core';
import { incompleteSignature, missingParameter, serviceError, type ServiceError } from './errors.js';
import type { NonceStore } from './nonces.js';
import type { EmulatorCredential } from './options.js';

/** What the emulator knows about a request when it authenticates it. */
export interface AuthRequest {
  method: string;
  url: string;
  headers: Headers;
  body: Uint8Array;
  /** Query and form parameters, decoded, in wire order. */
  params: WireParams;
}

/** The outcome of authentication. */
export type AuthOutcome =
  | { ok: true; algorithm: 'v3' | 'v1'; accessKeyId: string }
  | { ok: false; error: ServiceError; algorithm?: 'v3' | 'v1'; accessKeyId?: string };

/** Settings of {@link authenticate}. */
export interface AuthSettings {
  credentials: ReadonlyMap<string, EmulatorCredential>;
  nonces: NonceStore;
  nowMs: number;
  windowMs: number;
}

// Headers a V3 signature must cover (reference/api-facts.md §5.2); `host` binds it to the endpoint.
const V3_REQUIRED = ['host', 'x-acs-action', 'x-acs-version', 'x-acs-date', 'x-acs-signature-nonce', 'x-acs-content-sha256'];
const V1_REQUIRED = ['AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp'];

/** `v3` when an ACS3 `Authorization` header is present, `v1` when signature parameters are, else undefined. */
export function detectAlgorithm(headers: Headers, params: WireParams): 'v3' | 'v1' | 'other' | undefined {
  const auth = headers.get('authorization');
  if (auth !== null) return auth.startsWith(`${V3_ALGORITHM} `) ? 'v3' : 'other';
  return params.some(([k]) => k === 'Signature' || k === 'SignatureMethod' || k === 'AccessKeyId') ? 'v1' : undefined;
}

/** Verifies the signature and the server-side checks; never throws for bad input. */
export async function authenticate(req: AuthRequest, settings: AuthSettings): Promise<AuthOutcome> {
  const algorithm = detectAlgorithm(req.headers, req.params);
  if (algorithm === undefined) return { ok: false, error: incompleteSignature('The request carries no signature (no Authorization header and no Signature parameter).') };
  if (algorithm === 'other') return { ok: false, error: incompleteSignature(`The Authorization header must use ${V3_ALGORITHM}.`) };
  const lookupSecret = (id: string) => settings.credentials.get(id)?.accessKeySecret;

  let verified;
  if (algorithm === 'v3') {
    const missing = missingSignedHeaders(req.headers);
    if (missing.length) return { ok: false, algorithm, error: incompleteSignature(`These headers must be present and signed: ${missing.join(', ')}.`) };
    verified = await verifyV3({ method: req.method, url: req.url, headers: req.headers, body: req.body, lookupSecret });
  } else {
    const first = V1_REQUIRED.find((name) => !req.params.some(([k, v]) => k === name && v !== ''));
    if (first === 'Timestamp') return { ok: false, algorithm, error: serviceError('IllegalTimestamp', 'The input parameter "Timestamp" that is mandatory for processing this request is not supplied.') };
    if (first) return { ok: false, algorithm, error: missingParameter(first) };
    verified = await verifyV1({ method: req.method, params: req.params, lookupSecret });
  }
  if (!verified.ok) {
    const token = algorithm === 'v3' ? req.headers.get('x-acs-security-token') : req.params.find(([k]) => k === 'SecurityToken')?.[1];
    return { ok: false, algorithm, error: signatureError(verified.code, verified.message, verified.stringToSign, token ?? undefined) };
  }
  const { accessKeyId, timestamp, nonce, securityToken } = verified;
  const fail = (error: ServiceError): AuthOutcome => ({ ok: false, algorithm, accessKeyId, error });

  const time = parseTimestamp(timestamp);
  if (time === undefined) {
    return fail(serviceError('InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted. Use yyyy-MM-ddTHH:mm:ssZ in UTC.'));
  }
  if (Math.abs(settings.nowMs - time) > settings.windowMs) {
    return fail(serviceError('InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired. The request time must be within 15 minutes of the server time (UTC).'));
  }
  const expected = settings.credentials.get(accessKeyId)?.securityToken;
  if (expected !== undefined && (securityToken === undefined || !timingSafeEqual(securityToken, expected))) {
    return fail(serviceError('InvalidSecurityToken.MismatchWithAccessKey', 'The security token does not match the AccessKey ID (or is missing).'));
  }
  // Recorded last: a request refused above must not burn its nonce, and only signed requests can use one.
  if (!settings.nonces.use(accessKeyId, nonce, settings.nowMs)) {
    return fail(serviceError('SignatureNonceUsed', 'The request signature nonce has been used.'));
  }
  return { ok: true, algorithm, accessKeyId };
}

function missingSignedHeaders(headers: Headers): string[] {
  const auth = headers.get('authorization') ?? '';
  const signed = new Set((/SignedHeaders=([^,\s]*)/.exec(auth)?.[1] ?? '').toLowerCase().split(';'));
  const need = [...V3_REQUIRED];
  if (headers.has('x-acs-security-token')) need.push('x-acs-security-token');
  return need.filter((h) => !signed.has(h) || !headers.has(h));
}

// The real service puts its string-to-sign in the message so a client can see where its own differs.
// A V1 string-to-sign carries the STS token (once or twice encoded): it is masked, the rest stays comparable.
function signatureError(code: string, message: string, stringToSign: string | undefined, token: string | undefined): ServiceError {
  if (code === 'SignatureDoesNotMatch' && stringToSign !== undefined) {
    return serviceError(code, `Specified signature is not matched with our calculation. server string to sign is:${maskToken(stringToSign, token)}`);
  }
  return serviceError(code, maskToken(message, token));
}

function maskToken(text: string, token: string | undefined): string {
  if (!token) return text;
  const once = encodeOrKeep(token);
  const twice = encodeOrKeep(once);
  return [twice, once, token].reduce((t, form) => (form ? t.split(form).join('[redacted]') : t), text);
}

// A token with a lone surrogate cannot be percent-encoded (nor signed); mask it as it was sent.
function encodeOrKeep(s: string): string {
  try {
    return percentEncode(s);
  } catch {
    return s;
  }
}

// `yyyy-MM-ddTHH:mm:ssZ` (milliseconds tolerated); anything else is a format error, not a guess.
function parseTimestamp(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return ms;
}
