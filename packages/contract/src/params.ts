// Reading a request's parameters as the gateway does: the query, plus the form body of a POST
// (`@alicloud/pop-core` sends everything as a form), and what they say about the answer's format.
import { EcsValidationError, parseQuery, type WireParams } from '@org/ecs-pipelines-core';
import { invalidParameter, type ServiceError } from './errors.js';

/** The parameters of a request, or why they cannot be read. */
export type Parsed = { ok: true; params: WireParams } | { ok: false; error: ServiceError };

/** Query parameters, then form parameters of a POST, decoded, in wire order. */
export function parseParams(url: URL, method: string, contentType: string | null, body: Uint8Array): Parsed {
  try {
    const params = parseQuery(url.search.slice(1));
    if (method === 'POST' && body.byteLength > 0 && isForm(contentType)) {
      params.push(...parseQuery(new TextDecoder('utf-8', { fatal: true }).decode(body)));
    }
    return { ok: true, params };
  } catch (e) {
    const name = EcsValidationError.isInstance(e) ? e.parameter : '';
    return { ok: false, error: invalidParameter(name ? name.slice(0, 64) : 'query', 'Parameters must be percent-encoded UTF-8.') };
  }
}

/** The last value of `name` (the one a server that keeps one value reads). */
export function param(params: WireParams, name: string): string | undefined {
  for (let i = params.length - 1; i >= 0; i--) if (params[i]![0] === name) return params[i]![1];
  return undefined;
}

/** HMAC-SHA1 requests choose the format; the service's default is XML (reference/api-facts.md §5.1). */
export function wantsXml(params: WireParams): boolean {
  const format = param(params, 'Format');
  if (format !== undefined) return format.toLowerCase() === 'xml';
  return params.some(([k]) => k === 'Signature' || k === 'SignatureMethod');
}

/** True when the body is a form (`application/x-www-form-urlencoded`, any parameters). */
export function isForm(contentType: string | null): boolean {
  return contentType !== null && contentType.split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}
