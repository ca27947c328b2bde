// Query strings: the wire form (caller's order), the canonical form both signatures hash (sorted), and the
// parser the emulator and verifiers use.
import type { WireParams } from '../types.js';
import { percentDecode, percentEncode } from './percent.js';

/** `name=value&…`, RFC 3986 percent-encoded, in the given order: the query string to put on the wire. */
export function encodeQuery(params: WireParams): string {
  return params.map(([k, v]) => `${percentEncode(k, k)}=${percentEncode(v, k)}`).join('&');
}

/**
 * The canonical query string of both signature versions: parameters sorted by name in UTF-16 code-unit order
 * (`Tag.1.Key` < `Tag.10.Key` < `Tag.2.Key`, as Alibaba's `Object.keys().sort()`), names and values
 * percent-encoded, `k=v` joined by `&`; a repeated name is ordered by value.
 */
export function canonicalQuery(params: WireParams): string {
  return encodeQuery([...params].sort(compareParams));
}

function compareParams(a: [string, string], b: [string, string]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/**
 * Decodes a query or `application/x-www-form-urlencoded` string (a leading `?` is ignored, `+` is a space,
 * empty segments are skipped, a segment without `=` has the value `''`). A malformed escape throws
 * `EcsValidationError` naming the parameter.
 */
export function parseQuery(query: string): WireParams {
  const body = query.startsWith('?') ? query.slice(1) : query;
  const out: WireParams = [];
  if (body === '') return out;
  for (const segment of body.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const rawName = eq < 0 ? segment : segment.slice(0, eq);
    const name = percentDecode(rawName, rawName.slice(0, 64) || '(empty name)');
    out.push([name, eq < 0 ? '' : percentDecode(segment.slice(eq + 1), name.slice(0, 64) || '(empty name)')]);
  }
  return out;
}
