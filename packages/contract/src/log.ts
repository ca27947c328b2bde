// The request log: what the emulator saw and answered, with credentials redacted, for test assertions.

/** One request as the emulator saw it. */
export interface LogEntry {
  /** 1-based sequence number since the emulator started (not reset by `reset()`, so entries stay distinct). */
  seq: number;
  /** When the request arrived (the emulator's clock), ISO 8601. */
  time: string;
  method: string;
  path: string;
  /** `x-acs-action` or the `Action` parameter, when given. */
  action?: string;
  /** Query and form parameters; `Signature`, `SecurityToken` and long values are redacted or cut. */
  params: Record<string, string>;
  /** `v3` (ACS3-HMAC-SHA256) or `v1` (HMAC-SHA1) once the signature was checked. */
  algorithm?: 'v3' | 'v1';
  accessKeyId?: string;
  status: number;
  /** The error code of an error answer. */
  code?: string;
  /** The injected fault, if any. */
  fault?: string;
  requestId?: string;
  /** Milliseconds spent answering (wall clock). */
  durationMs: number;
}

const SECRET_PARAMS = /^(signature|securitytoken|accesskeysecret|x-acs-security-token)$/i;
const MAX_PARAMS = 64;
const MAX_VALUE = 256;

/** Parameters for the log: secrets replaced by `[redacted]`, long values cut, at most 64 names. */
export function redactParams(pairs: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  let n = 0;
  for (const [name, value] of pairs) {
    if (n++ >= MAX_PARAMS) {
      out['…'] = `${pairs.length - MAX_PARAMS} more`;
      break;
    }
    const key = name.length > MAX_VALUE ? `${name.slice(0, MAX_VALUE)}…` : name;
    out[key] = SECRET_PARAMS.test(name) ? '[redacted]' : value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE)}…(${value.length} chars)` : value;
  }
  return out;
}

/** Appends to a live array, dropping the oldest entries beyond `max`. */
export function appendBounded<T>(list: T[], entry: T, max: number): void {
  list.push(entry);
  if (list.length > max) list.splice(0, list.length - max);
}

const COMMON_PARAMS = new Set(['Action', 'Version', 'Format', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'SignatureType', 'Timestamp', 'SecurityToken', 'Signature']);

/** One line for a terminal: `2025-01-15T08:30:00Z POST DescribeImagePipelines 200 RegionId=cn-hangzhou … (v3, LTAI…, 2 ms)`. */
export function formatLogEntry(e: LogEntry): string {
  // The signature's own parameters are noise on a terminal (and redacted anyway); the API's are what people read.
  const params = Object.entries(e.params)
    .filter(([k]) => !COMMON_PARAMS.has(k))
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  const tail = [e.algorithm, e.accessKeyId, e.fault && `fault ${e.fault}`, `${e.durationMs} ms`].filter(Boolean).join(', ');
  const line = `${e.time} ${e.method} ${e.action ?? e.path} ${e.status}${e.code ? ` ${e.code}` : ''}${params ? ` ${params}` : ''} (${tail})`;
  // Values come from the network: keep one entry on one line, whatever a client sends.
  return line.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
