// Number formatting for the report (pure).

const dash = '—';

/** A count or rate with thousands separators, no decimals. */
export function int(n) {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : dash;
}

/** A small quantity (ms, MiB, µs) with precision that shrinks as the value grows. */
export function num(n) {
  if (!Number.isFinite(n)) return dash;
  const a = Math.abs(n);
  return n.toFixed(a < 10 ? 2 : a < 100 ? 1 : 0);
}

/** A ratio as `1.23×`. */
export function x(r) {
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : dash;
}

/** A byte count in KiB with one decimal. */
export function kib(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : dash;
}

/** Escapes a table cell: pipes would split the column, newlines would end the row. */
export function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
