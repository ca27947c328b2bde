// Small text helpers shared by validation, normalization, redaction and percent-encoding, in one place so a
// bundle carries each once.

/** RFC 3986 percent-encoding of UTF-8 (`!'()*` encoded too). Throws `URIError` on a lone surrogate. */
export const rfc3986 = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A value quoted for a message, cut at 40 characters (values can be megabytes long). */
export const quote = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * What a value is, for "got …" in a message: `42`, `NaN`, `a list of 2 values`, `an object`, `the string "…"`.
 * With `quoted` false only its kind (`a string`, `a number`): option checks never echo a value, which could
 * be a misplaced secret.
 */
export function describe(v: unknown, quoted = true): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length === 1 ? 'a list' : `a list of ${v.length} values`;
  if (quoted && typeof v === 'number') return `${v}`;
  if (quoted && typeof v === 'string') return `the string ${quote(v)}`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** A schema type in words, with its article: `a string`, `an integer`, `a list` (for `array`), `an object`. */
export function kind(type: string): string {
  const word = type === 'array' ? 'list' : type;
  return `${/^[aeio]/.test(word) ? 'an' : 'a'} ${word}`;
}

/** A plain JSON-like object: not null, not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets an own, enumerable data property without the `__proto__` setter, so hostile names stay plain data. */
export function define(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
