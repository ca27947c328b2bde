// Raw HTTP response → typed result or one of our errors. Pure: the client reads the body, this decides.
import { EcsApiError, type EcsApiErrorInit, EcsResponseError } from './errors.js';
import { errorBodySchema } from './generated/acs-operations.gen.js';
import { normalizeResponse } from './normalize.js';
import type { OperationSpec } from './spec.js';
import type { ResponseOfOp } from './types.js';

/** What `decodeResponse` needs of an HTTP response (a `Response` after `await res.text()`, or a test double). */
export interface RawResponse {
  status: number;
  /** Falls back to `headers.get('content-type')`. */
  contentType?: string | null;
  body: string;
  headers?: {
    /** The header's value, or null when absent (as `Headers.get`). */
    get(name: string): string | null;
  };
}

// The error body's fields (`Code`, `Message`, `RequestId`, …) from the spec; each is also accepted in lower
// camel case, as Alibaba's SDK accepts it, and becomes the EcsApiError field of that name.
const camel = (k: string) => k[0]!.toLowerCase() + k.slice(1);
// Each name with its camel-case spelling, built once (decoding runs per response).
const ERROR_FIELDS = Object.keys(errorBodySchema.properties).map((k) => [k, camel(k)] as const);
// Fields that make a 2xx body "data" rather than an error: every response property except RequestId (per
// operation, found once).
const dataFields = new WeakMap<OperationSpec, string[]>();
const dataFieldsOf = (op: OperationSpec): string[] => {
  let fields = dataFields.get(op);
  if (!fields) dataFields.set(op, (fields = Object.keys(op.response.properties ?? {}).filter((k) => k !== 'RequestId')));
  return fields;
};

/**
 * Decodes a response of `op`. A 2xx JSON body is normalized to the spec's types. An error body
 * (JSON or XML `<Error><Code>…`), on a 4xx/5xx or on a 2xx that carries `Code` and `Message` and no data,
 * throws `EcsApiError`. A body that is not JSON (an HTML gateway page, a truncated body, nothing) throws
 * `EcsResponseError` with the status, content type and a short excerpt; it is retryable unless the status
 * is a 4xx other than 408/429.
 */
export function decodeResponse<O extends OperationSpec, T = ResponseOfOp<O>>(op: O, res: RawResponse): T {
  const { status, body, headers } = res;
  const contentType = res.contentType ?? headers?.get('content-type') ?? undefined;
  const ok = status > 199 && status < 300;
  // JSON.parse skips surrounding whitespace itself; only a BOM needs removing (no regex over a large body).
  const text = body.charCodeAt(0) === 0xfeff ? body.slice(1) : body;
  const start = text.search(/\S/);
  const fail = (message: string) =>
    new EcsResponseError(message, {
      httpStatus: status,
      contentType,
      excerpt: body.slice(0, 200).replace(/\s+/g, ' ').trim(),
      retryable: ok || status > 499 || status === 408 || status === 429,
    });
  // A 200 body whose `Code` says success, or that has data, is data (Alibaba's pop-core treats these as success).
  let what: string;
  if (text[start] === '<') {
    // Error documents are small; looking only at the start keeps a hostile body from costing quadratic time.
    const xml = text.slice(start, start + 65_536);
    const error = fields((k) => xmlField(xml, k));
    if (error.code !== undefined) throw apiError(error, res);
    what = /<html|<!doctype/i.test(xml.slice(0, 200)) ? 'an HTML page' : 'XML';
  } else {
    try {
      // Trimmed only when it starts or ends outside what JSON.parse skips (a no-break space, say).
      const value: unknown = JSON.parse(start === 0 && text.charCodeAt(text.length - 1) < 0x7f ? text : text.trim());
      // Any JSON object (an array too: its named fields are all absent); a string or number has none.
      const b: Partial<Record<string, unknown>> = (typeof value === 'object' && value) || {};
      const error = fields((k, c) => b[k] ?? b[c]);
      if (error.code && !(ok && (/^(200|OK|success)$/i.test(error.code) || error.message === undefined || dataFieldsOf(op).some((k) => b[k] !== undefined)))) {
        throw apiError(error, res);
      }
      if (!ok) throw fail(`HTTP ${status} without an error code in the body`);
      return normalizeResponse<O, T>(op, value, { httpStatus: status, contentType });
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      what = start < 0 ? 'an empty body' : /[{[]/.test(text[start]!) ? 'truncated or malformed JSON' : 'text that is not JSON';
    }
  }
  throw fail(`Expected a JSON body, got ${what} (HTTP ${status}${contentType ? `, ${contentType}` : ''})`);
}

// The error fields, named as EcsApiError names them; values as text (numbers stringified, objects as JSON).
function fields(get: (name: string, camelName: string) => unknown): Partial<Record<string, string>> {
  const out: Partial<Record<string, string>> = {};
  for (const [k, c] of ERROR_FIELDS) {
    const v = get(k, c);
    if (v != null) out[c] = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return out;
}

function apiError(f: Partial<Record<string, string>>, res: RawResponse): EcsApiError {
  const after = res.headers?.get('x-acs-retry-after');
  return new EcsApiError({
    ...(f as unknown as EcsApiErrorInit),
    message: f.message ?? '',
    httpStatus: res.status,
    retryAfterMs: after && /^\s*\d+\s*$/.test(after) ? Number(after) : undefined,
  });
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function xmlField(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return m?.[1]!
    .trim()
    .replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')
    .replace(/&(lt|gt|amp|quot|apos|#(x[\da-f]+|\d+));/gi, (_, e: string, n?: string) => {
      if (!n) return ENTITIES[e.toLowerCase()]!;
      const cp = Number(`0${n}`);
      return cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
    });
}
