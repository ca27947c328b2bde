// Strict integer parsing for flags: "1.5", "1e3", "0x10", " 5" and "" are not integers, whatever Number() says.

/** The integer written in `text` in plain decimal, or undefined. Unsafe magnitudes are refused too. */
export function parseInteger(text: string): number | undefined {
  if (!/^[+-]?\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}
