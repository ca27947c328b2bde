// The issues' goals, evaluated against a finished run. Reported, never asserted: the machine is shared
// and noisy, so a miss is a finding for the README, not a failing test.
import { FETCH, OURS_FETCH, OURS_NODE, RAW_UNDICI, SDK } from './contenders/registry.mjs';

/** Paging memory counts as flat when 10× the items costs at most this factor of peak RSS. */
export const FLAT_MEMORY_FACTOR = 1.2;
/** The Worker bundle budget, gzip bytes: packages/client/test/bundle-size.test.ts's for a full client. */
export const BUNDLE_BUDGET = 16 * 1024;
/** The cold-import budget over a one-line ES module (in-process `import()` time), ms. */
export const COLD_IMPORT_BUDGET_MS = 10;
/**
 * A fresh process's first response before issue 17 (client at 9ae4e18, node:http transport), as a ratio to
 * raw node:http's in the same rounds: median of 25 interleaved fresh processes on 2026-12-03, this machine.
 */
export const FIRST_RESPONSE_BEFORE = 1.25;

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

  add('ours (Node path) vs official SDK, sequential', '≥ 1.3×', vs('seq', OURS_NODE, SDK), '×', (v) => v >= 1.3);
  add('ours (Node path) vs official SDK, 16 in flight', '≥ 1.5×', vs('c16', OURS_NODE, SDK), '×', (v) => v >= 1.5);
  add('stretch: ours (Node path) vs raw undici Pool, sequential', '≥ 0.8×', vs('seq', OURS_NODE, RAW_UNDICI), '×', (v) => v >= 0.8);
  add('stretch: ours (Node path) vs raw undici Pool, 16 in flight', '≥ 0.8×', vs('c16', OURS_NODE, RAW_UNDICI), '×', (v) => v >= 0.8);
  add('ours (plain fetch) vs raw fetch, sequential', '≥ 0.8×', vs('seq', OURS_FETCH, FETCH), '×', (v) => v >= 0.8);
  add('ours (plain fetch) vs raw fetch, 16 in flight', '≥ 0.8×', vs('c16', OURS_FETCH, FETCH), '×', (v) => v >= 0.8);

  const first = results.firstResponse?.results?.find((r) => r.id === OURS_NODE);
  add(
    'first response of a fresh process, ours (Node default) vs raw node:http',
    `≤ ${FIRST_RESPONSE_BEFORE}× (before issue 17)`,
    first?.vsBaseline?.firstMs ?? Number.NaN,
    '×',
    (v) => v <= FIRST_RESPONSE_BEFORE,
  );

  const bundle = results.bundle?.find((b) => b.id === 'ours');
  const gz = bundle?.ok ? bundle.gzipBytes / 1024 : Number.NaN;
  add('Worker bundle, ours (minified, gzip)', '≤ 16 KiB', gz, 'KiB', (v) => v * 1024 <= BUNDLE_BUDGET);

  const cold = results.coldImport?.results ?? [];
  const importMs = (id) => cold.find((c) => c.id === id)?.importMs ?? Number.NaN;
  add('cold import, ours (Node entry), over a one-line ES module', '≤ 10 ms', importMs('ours') - importMs('one-line'), 'ms', (v) => v <= COLD_IMPORT_BUDGET_MS);

  const p = results.paging;
  const vsSmall = (field) => (p?.large && p?.small ? p.large[field] / p.small[field] : Number.NaN);
  const sizes = `${p?.large?.items?.toLocaleString('en-US') ?? '100,000'} vs ${p?.small?.items?.toLocaleString('en-US') ?? '10,000'} items`;
  const flat = (v) => v <= FLAT_MEMORY_FACTOR;
  add(`paging ${sizes}: peak RSS`, `≤ ${FLAT_MEMORY_FACTOR}× (flat)`, vsSmall('peakRssMiB'), '×', flat);
  add(`paging ${sizes}: heap retained after GC`, `≤ ${FLAT_MEMORY_FACTOR}× (flat)`, vsSmall('heapEndMiB'), '×', flat);
  return rows;
}
