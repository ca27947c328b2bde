// The goals, evaluated against a finished run. Reported, never asserted: the machine is shared
// and noisy, so a miss is a finding for the README, not a failing test.
import { FETCH, OURS_FETCH, OURS_NODE, SDK } from './contenders/registry.mjs';

/** Paging memory counts as flat when 10× the items costs at most this factor of peak RSS. */
export const FLAT_MEMORY_FACTOR = 1.2;
/** The Worker bundle budget, gzip bytes. */
export const BUNDLE_BUDGET = 6 * 1024;
/** The cold-import budget over bare node, ms. */
export const COLD_IMPORT_BUDGET_MS = 10;

const check = (value, ok) => (Number.isFinite(value) ? ok(value) : null);

/**
 * One row per goal: `{ goal, target, value, unit, met }`; `met` is null when the run could not measure it
 * (a contender missing, a step skipped).
 */
export function evaluateGoals(results) {
  const t = results.throughput ?? {};
  const vs = (mode, id, base) => t[mode]?.[id]?.vs?.[base]?.reqPerSec ?? Number.NaN;
  const rows = [];
  const add = (goal, target, value, unit, ok) => rows.push({ goal, target, value, unit, met: check(value, ok) });

  add('ours (Node path) vs official SDK, sequential', '≥ 1.0×', vs('seq', OURS_NODE, SDK), '×', (v) => v >= 1.0);
  add('ours (Node path) vs official SDK, 16 in flight', '≥ 1.5×', vs('c16', OURS_NODE, SDK), '×', (v) => v >= 1.5);
  add('ours (plain fetch) vs raw fetch, sequential', '≥ 0.9×', vs('seq', OURS_FETCH, FETCH), '×', (v) => v >= 0.9);
  add('ours (plain fetch) vs raw fetch, 16 in flight', '≥ 0.9×', vs('c16', OURS_FETCH, FETCH), '×', (v) => v >= 0.9);

  const bundle = results.bundle?.find((b) => b.id === 'ours');
  const gz = bundle?.ok ? bundle.gzipBytes / 1024 : Number.NaN;
  add('Worker bundle, ours (minified, gzip)', '≤ 6 KiB', gz, 'KiB', (v) => v * 1024 <= BUNDLE_BUDGET);

  const cold = results.coldImport?.results?.find((c) => c.id === 'ours');
  add('cold import, ours, over bare node', '≤ 10 ms', cold?.overBareMs ?? Number.NaN, 'ms', (v) => v <= COLD_IMPORT_BUDGET_MS);

  const p = results.paging;
  const vsSmall = (field) => (p?.large && p?.small ? p.large[field] / p.small[field] : Number.NaN);
  const sizes = `${p?.large?.items?.toLocaleString('en-US') ?? '100,000'} vs ${p?.small?.items?.toLocaleString('en-US') ?? '10,000'} items`;
  const flat = (v) => v <= FLAT_MEMORY_FACTOR;
  add(`paging ${sizes}: peak RSS`, `≤ ${FLAT_MEMORY_FACTOR}× (flat)`, vsSmall('peakRssMiB'), '×', flat);
  add(`paging ${sizes}: heap retained after GC`, `≤ ${FLAT_MEMORY_FACTOR}× (flat)`, vsSmall('heapEndMiB'), '×', flat);
  return rows;
}
