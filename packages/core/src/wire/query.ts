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
  return encodeQuery([...params].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0)));
}

/**
 * Decodes a query or `application/x-www-form-urlencoded` string (a leading `?` is ignored, `+` is a space,
 * empty segments are skipped, a segment without `=` has the value `''`). A malformed escape throws
 * `EcsValidationError` naming the parameter.
 */
export function parseQuery(query: string): WireParams {
  const out: WireParams = [];
  for (const segment of query.replace(/^\?/, '').split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const raw = eq < 0 ? segment : segment.slice(0, eq);
    const name = percentDecode(raw, raw.slice(0, 64) || '(empty name)');
    out.push([name, eq < 0 ? '' : percentDecode(segment.slice(eq + 1), name.slice(0, 64) || '(empty name)')]);
  }
  return out;
}
