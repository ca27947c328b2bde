// Pure statistics helpers for the bench: no I/O, so they are unit-tested directly.

/**
 * The q-quantile (0..1) of `values` by linear interpolation between closest ranks.
 * Returns NaN for an empty input so a missing measurement can never pass for a fast one.
 */
export function quantile(values, q) {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const pos = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** The median of `values` (NaN when empty). */
export function median(values) {
  return quantile(values, 0.5);
}

/** `value / baseline`, or NaN when either side is missing or the baseline is zero. */
export function ratio(value, baseline) {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return Number.NaN;
  return value / baseline;
}

/**
 * Per-round paired ratios, then their median. Rounds run the contenders back to back, so a ratio taken
 * inside one round cancels most of the machine's drift (shared cores, ±30 % swings) before the median.
 * `rounds` is an array of maps (contender → number); rounds missing either side are skipped.
 */
export function pairedRatio(rounds, contender, baseline) {
  const ratios = [];
  for (const round of rounds) {
    const r = ratio(round[contender], round[baseline]);
    if (Number.isFinite(r)) ratios.push(r);
  }
  return median(ratios);
}
