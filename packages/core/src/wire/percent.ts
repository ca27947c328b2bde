// RFC 3986 percent-encoding as both signatures need it. `URLSearchParams` is not used for the wire: it sends a
// space as `+` and `~` as `%7E`, which the service then signs differently.
import { EcsValidationError } from '../errors.js';
import { rfc3986 } from '../text.js';
import type { ValidationIssue } from '../types.js';

/**
 * Percent-encodes UTF-8 per RFC 3986: only `A-Z a-z 0-9 - _ . ~` stay literal; space is `%20`, `*` is `%2A`,
 * `!'()` are encoded, hex is upper case. A lone UTF-16 surrogate (not encodable as UTF-8) throws
 * `EcsValidationError` naming `parameter`.
 */
export function percentEncode(s: string, parameter = '(value)'): string {
  try {
    return rfc3986(s);
  } catch {
    throw new EcsValidationError([loneSurrogateIssue(parameter, s)]);
  }
}

/**
 * Decodes one name or value of a query or form string (`+` is a space). A malformed escape (`%ZZ`, a cut `%E9`,
 * bytes that are not UTF-8) throws `EcsValidationError` naming `parameter`.
 */
export function percentDecode(s: string, parameter: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    throw new EcsValidationError([
      { parameter, problem: 'has a malformed percent-encoding', allowed: 'RFC 3986 percent-encoded UTF-8 (%XX with two hex digits)' },
    ]);
  }
}

/** The index of the first lone surrogate in `s`, or -1 when `s` is well-formed Unicode. */
export function loneSurrogateIndex(s: string): number {
  return s.search(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
}

/** The validation issue of a string with a lone surrogate (the value itself is never quoted). */
export const loneSurrogateIssue = (parameter: string, s: string): ValidationIssue => ({
  parameter,
  problem: `contains a lone UTF-16 surrogate at index ${loneSurrogateIndex(s)}, which is not valid Unicode`,
  allowed: 'well-formed Unicode text',
});
