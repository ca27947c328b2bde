// The load loop shared by every throughput measurement: `concurrency` workers call back to back, so
// "16 in flight" means 16 requests outstanding at every instant, not 16 started per tick.
import { performance } from 'node:perf_hooks';

/**
 * Calls `call` with `concurrency` workers until `count` calls have started (when given) or the clock
 * passes `until` (a performance.now() deadline). Resolves to the latency of every call, in ms.
 * A rejected call rejects the whole run: a contender that errors has no throughput to report.
 */
export async function drive(call, { concurrency, count = Infinity, until = Infinity }) {
  const latencies = [];
  let started = 0;
  const worker = async () => {
    while (started < count && performance.now() < until) {
      started += 1;
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}
