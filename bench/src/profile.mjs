#!/usr/bin/env node
// `node src/profile.mjs <contender> [--concurrency N] [--duration MS]`: runs one throughput measurement
// under V8's sampling profiler against the canned server and prints where the client's CPU goes: self time
// by function and by file (packages/core, packages/client, node internals, …). Used to explain a missed goal.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runJsonChild, startService } from './proc.mjs';
import { summarizeProfile } from './profile-summary.mjs';

const srcDir = dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: { concurrency: { type: 'string', default: '1' }, duration: { type: 'string', default: '3000' }, top: { type: 'string', default: '25' } },
});
const contender = positionals[0] ?? 'ours-node';
const dir = mkdtempSync(join(tmpdir(), 'bench-prof-'));
const server = await startService(join(srcDir, 'server.mjs'));
try {
  const options = {
    contender,
    concurrency: Number(values.concurrency),
    warmupMs: 500,
    durationMs: Number(values.duration),
    port: server.info.port,
    credentials: { accessKeyId: 'bench-access-key-id', accessKeySecret: 'bench-access-key-secret' },
  };
  const r = await runJsonChild(join(srcDir, 'measure-http.mjs'), [JSON.stringify(options)], {
    cwd: join(srcDir, '..'),
    nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '200'],
  });
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  const { byFunction, byFile, totalMs } = summarizeProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  const top = Number(values.top);
  console.log(`${contender}, ${options.concurrency} in flight: ${Math.round(r.reqPerSec)} req/s, ${Math.round(r.cpuUsPerCall)} µs CPU/call; ${Math.round(totalMs)} ms sampled (warm-up included)\n`);
  console.log('self time by file:');
  for (const f of byFile.slice(0, top)) console.log(`  ${f.pct.toFixed(1).padStart(5)} %  ${f.name}`);
  console.log('\nself time by function:');
  for (const f of byFunction.slice(0, top)) console.log(`  ${f.pct.toFixed(1).padStart(5)} %  ${f.name}`);
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
