// One throughput measurement in its own process: `node measure-http.mjs '<json options>'`.
// Imports one contender, proves it parses the page (the canned one unless told otherwise), warms up, then drives it for a fixed time
// and prints one JSON line: req/s, latency percentiles, CPU per call (this process only) and peak RSS.
import { performance } from 'node:perf_hooks';
import { CANNED_ITEMS } from './canned.mjs';
import { drive } from './drive.mjs';
import { quantile } from './stats.mjs';

const { contender, concurrency, warmupMs, durationMs, port, credentials, expectItems = CANNED_ITEMS } = JSON.parse(process.argv[2]);
const { create } = await import(`./contenders/${contender}.mjs`);
const call = await create({ port, baseUrl: `http://127.0.0.1:${port}`, credentials });

const items = await call();
if (items !== expectItems) throw new Error(`${contender} returned ${items} pipelines, expected ${expectItems}`);
await drive(call, { concurrency, until: performance.now() + warmupMs });

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const latencies = await drive(call, { concurrency, until: t0 + durationMs });
const elapsedMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);

process.stdout.write(
  `${JSON.stringify({
    contender,
    concurrency,
    requests: latencies.length,
    elapsedMs,
    reqPerSec: (latencies.length * 1000) / elapsedMs,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
    cpuUsPerCall: (cpu.user + cpu.system) / latencies.length,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
// Keep-alive sockets would hold the loop open; the result is out, so leave now.
process.exit(0);
