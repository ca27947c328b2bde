// Raw HTTP response → typed result or one of our errors. Pure: the client reads the body, this decides.
import { EcsApiError, EcsResponseError } from './errors.js';
import { normalizeResponse } from './normalize.js';
import { responseRoot } from './spec.js';
import type { DescribeImagePipelinesResponse } from './types.js';

/** What `decodeResponse` needs of an HTTP response (a `Response` after `await res.text()`, or a test double). */
export interface RawResponse {
  status: number;
  /** Falls back to `headers.get('content-type')`. */
  contentType?: string | null;
  body: string;
  headers?: { get(name: string): string | null };
}

type Parsed = { kind: 'json'; value: unknown } | { kind: 'xml-error'; fields: Record<string, string> } | { kind: 'unparseable'; what: string };

// A 200 body whose `Code` says success is data, not an error (Alibaba's pop-core treats these as success).
const SUCCESS_CODES = new Set(['200', 'OK', 'Success', 'success']);
// Fields that make a 2xx body "data" rather than an error: every response property except RequestId.
const DATA_FIELDS = Object.keys(responseRoot.properties ?? {}).filter((k) => k !== 'RequestId');

/**
 * Decodes a DescribeImagePipelines response. A 2xx JSON body is normalized to the spec's types. An error body
 * (JSON or XML `<Error><Code>…`), on a 4xx/5xx or on a 2xx that carries `Code` and `Message` and no data,
 * throws `EcsApiError`. A body that is not JSON (an HTML gateway page, a truncated body, nothing) throws
 * `EcsResponseError` with the status, content type and a short excerpt; it is retryable unless the status
 * is a 4xx other than 408/429.
 */
export function decodeResponse(res: RawResponse): DescribeImagePipelinesResponse {
  const contentType = res.contentType ?? res.headers?.get('content-type') ?? undefined;
  const context = { httpStatus: res.status, contentType };
  const ok = res.status >= 200 && res.status < 300;
  const parsed = parseBody(res.body);

  if (parsed.kind === 'unparseable') {
    throw new EcsResponseError(`Expected a JSON body, got ${parsed.what} (HTTP ${res.status}${contentType ? `, ${contentType}` : ''})`, {
      ...context,
      excerpt: excerpt(res.body),
      retryable: ok || res.status >= 500 || res.status === 408 || res.status === 429,
    });
  }
  if (parsed.kind === 'xml-error') throw apiError(parsed.fields, res);
  const error = errorFields(parsed.value, ok);
  if (error) throw apiError(error, res);
  if (!ok) {
    throw new EcsResponseError(`HTTP ${res.status} without an error code in the body`, {
      ...context,
      excerpt: excerpt(res.body),
      retryable: res.status >= 500 || res.status === 408 || res.status === 429,
    });
  }
  return normalizeResponse(parsed.value, context);
}

function parseBody(body: string): Parsed {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (text === '') return { kind: 'unparseable', what: 'an empty body' };
  if (text.startsWith('<')) {
    // Error documents are small; looking only at the start keeps a hostile body from costing quadratic time.
    const xml = text.slice(0, 65_536);
    const code = xmlField(xml, 'Code');
    if (code === undefined) return { kind: 'unparseable', what: /<html|<!doctype/i.test(xml.slice(0, 200)) ? 'an HTML page' : 'XML' };
    const fields: Record<string, string> = { Code: code };
    for (const name of ['Message', 'RequestId', 'HostId', 'Recommend', 'AccessDeniedDetail']) {
      const v = xmlField(xml, name);
      if (v !== undefined) fields[name] = v;
    }
    return { kind: 'xml-error', fields };
  }
  try {
    return { kind: 'json', value: JSON.parse(text) };
  } catch {
    return { kind: 'unparseable', what: text.startsWith('{') || text.startsWith('[') ? 'truncated or malformed JSON' : 'text that is not JSON' };
  }
}

// The error fields of a JSON body, or undefined when it is not an error. Lower-case keys are accepted, as
// Alibaba's SDK accepts them.
function errorFields(value: unknown, ok: boolean): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const body = value as Record<string, unknown>;
  const code = text(body.Code ?? body.code);
  if (code === undefined || code === '') return undefined;
  if (ok && (SUCCESS_CODES.has(code) || body.Message === undefined && body.message === undefined || DATA_FIELDS.some((k) => body[k] !== undefined))) return undefined;
  const fields: Record<string, string> = { Code: code };
  const pairs: Array<[string, unknown]> = [
    ['Message', body.Message ?? body.message],
    ['RequestId', body.RequestId ?? body.requestId],
    ['HostId', body.HostId ?? body.hostId],
    ['Recommend', body.Recommend ?? body.recommend],
    ['AccessDeniedDetail', body.AccessDeniedDetail ?? body.accessDeniedDetail],
  ];
  for (const [k, v] of pairs) {
    const t = text(v);
    if (t !== undefined) fields[k] = t;
  }
  return fields;
}

function apiError(f: Record<string, string>, res: RawResponse): EcsApiError {
  const after = res.headers?.get('x-acs-retry-after');
  const retryAfterMs = after != null && /^\s*\d+\s*$/.test(after) ? Number(after) : undefined;
  return new EcsApiError({
    code: f.Code!,
    message: f.Message ?? '',
    httpStatus: res.status,
    requestId: f.RequestId,
    hostId: f.HostId,
    recommend: f.Recommend,
    accessDeniedDetail: f.AccessDeniedDetail,
    retryAfterMs,
  });
}

function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function xmlField(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  if (!m) return undefined;
  const raw = (m[1] ?? '').trim().replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1');
  return raw.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e.toLowerCase()]) return named[e.toLowerCase()]!;
    const cp = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
  });
}

function excerpt(body: string): string {
  return body.slice(0, 200).replace(/\s+/g, ' ').trim();
}
