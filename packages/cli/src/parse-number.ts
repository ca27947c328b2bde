// Strict number and duration parsing for flags: "1.5", "1e3", "0x10", " 5" and "" are not integers, whatever
// Number() says; durations carry their unit. Also how an elapsed time prints.

/** The integer written in `text` in plain decimal, or undefined. Unsafe magnitudes are refused too. */
export function parseInteger(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };

/** `250ms`, `90s`, `30m`, `2h` (a bare number is seconds) in milliseconds; undefined when not a duration. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return undefined;
  const ms = Math.round(Number(m[1]) * UNIT_MS[m[2] ?? 's']!);
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/** `45s`, `1m05s`, `1h02m`: an elapsed time as a person reads it. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
