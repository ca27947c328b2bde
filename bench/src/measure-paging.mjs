// Pages through every pipeline of the emulator with our client in its own process, counting items
// without keeping them (what a streaming consumer does), and prints one JSON line: items, pages, time
// and this process's peak RSS. Memory must stay flat however many items pass through.
import { performance } from 'node:perf_hooks';
import { createClient } from '@org/ecs-pipelines-client';

const { url, credentials, pageSize, expected } = JSON.parse(process.argv[2]);
const client = createClient({ credentials, endpoint: url, regionId: 'cn-hangzhou' });

let items = 0;
let pages = 0;
const t0 = performance.now();
// Heap still in use (after a full GC when --expose-gc is on) at the middle and at the end: anything kept per
// item would make the second figure grow with the item count.
const heapNow = () => (globalThis.gc?.(), process.memoryUsage().heapUsed / 2 ** 20);
let heapMidMiB = Number.NaN;
for await (const pipeline of client.listImagePipelines({}, { pageSize })) {
  if (!pipeline.ImagePipelineId) throw new Error(`item ${items} has no ImagePipelineId`);
  items += 1;
  if (items === Math.floor(expected / 2)) heapMidMiB = heapNow();
}
const timeMs = performance.now() - t0;
pages = Math.ceil(items / pageSize);
if (items !== expected) throw new Error(`paged ${items} pipelines, the emulator holds ${expected}`);
const heapEndMiB = heapNow();
process.stdout.write(`${JSON.stringify({ items, pages, timeMs, peakRssMiB: process.resourceUsage().maxRSS / 1024, heapMidMiB, heapEndMiB })}\n`);
process.exit(0);
