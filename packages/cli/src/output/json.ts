// The machine outputs of `describe`: one page as JSON, every pipeline as a JSON array, or one pipeline per line.

/** A page without the client's `$metadata`: exactly the normalized response body, wire field names. */
export function pageBody<T extends object>(page: T): Omit<T, '$metadata'> {
  const { $metadata: _ignored, ...body } = page as T & { $metadata?: unknown };
  return body;
}

/** Pretty JSON with a trailing newline (the `json` format). */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One compact JSON document per line (the `ndjson` format). */
export function ndjsonLines(items: readonly unknown[]): string {
  return items.map((item) => `${JSON.stringify(item)}\n`).join('');
}
