// Turns the raw per-round results into the reported figures (pure: unit-tested).
import { median, pairedRatio } from './stats.mjs';

/** The per-measurement metrics that are summarized and compared. */
export const METRICS = ['reqPerSec', 'p50Ms', 'p99Ms', 'cpuUsPerCall', 'peakRssMiB'];

/**
 * `rounds[r][mode][contender]` holds one measurement (see measure-http.mjs). For each mode and contender
 * this returns the median of every metric over the rounds and, for every metric, the median of the
 * per-round ratios to each baseline (`vs[baselineId][metric]`). Ratios are value / baseline, so > 1 is
 * better for req/s and worse for latency, CPU and memory.
 */
export function summarize(rounds, modes, contenderIds, baselineIds) {
  const out = {};
  for (const mode of modes) {
    out[mode] = {};
    for (const id of contenderIds) {
      const samples = rounds.map((r) => r[mode]?.[id]).filter(Boolean);
      if (samples.length === 0) continue;
      const summary = { rounds: samples.length, vs: {} };
      for (const m of METRICS) summary[m] = median(samples.map((s) => s[m]));
      for (const base of baselineIds) {
        summary.vs[base] = {};
        for (const m of METRICS) {
          const perRound = rounds.map((r) => ({ a: r[mode]?.[id]?.[m], b: r[mode]?.[base]?.[m] }));
          summary.vs[base][m] = pairedRatio(perRound, 'a', 'b');
        }
      }
      out[mode][id] = summary;
    }
  }
  return out;
}
