// The machine outputs: one answer as JSON, every item as a JSON array, or one item per line. An answer's
// `$metadata` is non-enumerable, so what prints is exactly the normalized response body, wire field names.

/** Pretty JSON with a trailing newline (the `json` format). */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One compact JSON document per line (the `ndjson` format). */
export function ndjsonLines(items: readonly unknown[]): string {
  return items.map((item) => `${JSON.stringify(item)}\n`).join('');
}
