// Measurements against the emulator (@org/ecs-pipelines-contract), each with the emulator in its own
// process: paging a large data set with flat memory, and the emulator's throughput with signature
// verification on.
import { join } from 'node:path';
import { runJsonChildPatiently, startService } from './proc.mjs';

// The emulator only accepts the key it is given; these fake values open nothing else.
const credentials = { accessKeyId: 'LTAIbenchEmulatorKey', accessKeySecret: 'bench-emulator-secret' };
const PAGE_SIZE = 500;

async function withEmulator(srcDir, benchDir, pipelines, body) {
  const emulator = await startService(join(srcDir, 'emulator-server.mjs'), [JSON.stringify({ pipelines, credentials })], { cwd: benchDir });
  try {
    return await body(emulator.info);
  } finally {
    await emulator.stop();
  }
}

/**
 * Pages `small` then `large` pipelines (MaxResults 500) with our client, each run in a fresh process
 * against a fresh emulator, and reports time and the client's peak RSS for both.
 */
export async function measurePaging({ benchDir, srcDir, ours, small, large, log }) {
  if (!ours.ok) return { skipped: `our client is not available (${ours.reason})` };
  const run = (n) =>
    withEmulator(srcDir, benchDir, n, (info) =>
      runJsonChildPatiently(
        join(srcDir, 'measure-paging.mjs'),
        [JSON.stringify({ url: info.url, credentials, pageSize: PAGE_SIZE, expected: n })],
        { cwd: benchDir, timeoutMs: 240_000, nodeArgs: ['--expose-gc'] },
        { log },
      ),
    );
  const smallRun = await run(small);
  const largeRun = await run(large);
  log(`paging: ${small} items ${Math.round(smallRun.timeMs)} ms, ${smallRun.peakRssMiB.toFixed(1)} MiB; ${large} items ${Math.round(largeRun.timeMs)} ms, ${largeRun.peakRssMiB.toFixed(1)} MiB`);
  return {
    note: `Our client (default Node path) runs \`for await (const p of client.listImagePipelines({}, { pageSize: ${PAGE_SIZE} }))\`, counting items without keeping them, in a fresh process against a fresh emulator (own process, signature verification on). Peak RSS is the client process's \`maxRSS\`; retained heap is \`heapUsed\` after a full GC halfway through and at the end (what the process still holds, without the garbage the collector had not yet reclaimed).`,
    small: smallRun,
    large: largeRun,
  };
}

/**
 * Our client (default Node path) against the emulator with signature verification on, sequential and 16
 * in flight, MaxResults 10: how fast the emulator is as a test double.
 */
export async function measureEmulator({ benchDir, srcDir, ours, durationMs, warmupMs, log }) {
  if (!ours.ok) return { skipped: `our client is not available (${ours.reason})` };
  const modes = {};
  await withEmulator(srcDir, benchDir, 1_000, async (info) => {
    for (const [mode, concurrency] of Object.entries({ seq: 1, c16: 16 })) {
      const options = { contender: 'ours-node', concurrency, warmupMs, durationMs, port: info.port, credentials, expectItems: 10 };
      modes[mode] = await runJsonChildPatiently(join(srcDir, 'measure-http.mjs'), [JSON.stringify(options)], { cwd: benchDir }, { log });
    }
  });
  log(`emulator: ${Object.entries(modes).map(([m, s]) => `${m} ${Math.round(s.reqPerSec)} req/s`).join(', ')}`);
  return {
    note: 'Our client (default Node path) against the emulator (own process, 1,000 generated pipelines, every request\'s ACS3-HMAC-SHA256 signature, timestamp and nonce verified), MaxResults 10.',
    modes,
  };
}
