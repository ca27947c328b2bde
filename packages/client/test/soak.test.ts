// Issue 9's fault soak: 10,000 pipelines behind an emulator that injects a fault into at least 20 % of the
// requests (throttling with x-acs-retry-after, 500, 503, dropped connections, answers slower than the
// timeout, HTML 502 pages, truncated JSON). The client pages through all of them: every pipeline exactly once,
// attempts within the budget, the run bounded.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient, type ErrorHookEvent, paginateDescribeImagePipelines } from '../src/node/index.js';
import { DEFAULT_CREDENTIALS, type EmulatorServer, startEmulator } from './helpers/emulator.js';

const PIPELINES = 10_000;
const PAGE_SIZE = 20;
const FAULT_RATE = 0.25;
const TIMEOUT_MS = 100;
const RETRY = { maxAttempts: 8, baseDelayMs: 1, maxDelayMs: 10 };

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator({
    pipelines: PIPELINES,
    faultRate: FAULT_RATE,
    faultSeed: 'soak',
    slowMs: TIMEOUT_MS * 4,
    retryAfterMs: 5,
    maxLogEntries: 100_000,
  });
});
afterAll(() => server.close());

test(`pages through ${PIPELINES} pipelines with ≥20 % injected faults: each exactly once, attempts within budget`, async () => {
  const failures: Record<string, number> = {};
  const onError = ({ error }: ErrorHookEvent) => void (failures[error.name] = (failures[error.name] ?? 0) + 1);
  const client = createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, endpoint: server.url, timeoutMs: TIMEOUT_MS, retry: RETRY, onError });
  const started = performance.now();
  const ids: string[] = [];
  let pages = 0;
  let attempts = 0;
  let mostAttempts = 0;
  let retryDelayMs = 0;
  for await (const page of paginateDescribeImagePipelines(client, {}, { pageSize: PAGE_SIZE })) {
    pages++;
    attempts += page.$metadata.attempts;
    retryDelayMs += page.$metadata.totalRetryDelayMs;
    mostAttempts = Math.max(mostAttempts, page.$metadata.attempts);
    for (const p of page.ImagePipeline?.ImagePipelineSet ?? []) ids.push(p.ImagePipelineId!);
  }
  const elapsedMs = performance.now() - started;
  const { stats } = server.emulator.faults;
  const requests = server.emulator.log.length;
  console.log(
    `soak: ${ids.length} pipelines in ${pages} pages, ${attempts} attempts (${requests} requests seen), ` +
      `${stats.total} faults injected (${((100 * stats.total) / requests).toFixed(1)} %: ${JSON.stringify(stats.injected)}), ` +
      `failed attempts by error ${JSON.stringify(failures)}, all survived; at most ${mostAttempts}/${RETRY.maxAttempts} attempts for one page, ${retryDelayMs} ms of backoff, ${Math.round(elapsedMs)} ms in total`,
  );

  const expected = server.emulator.pipelines['cn-hangzhou']!.map((p) => p.ImagePipelineId);
  expect(ids).toHaveLength(PIPELINES);
  expect(new Set(ids).size).toBe(PIPELINES);
  expect(ids).toEqual(expected);
  expect(stats.total / requests).toBeGreaterThanOrEqual(0.2);
  for (const kind of ['throttling', 'internal-error', 'service-unavailable', 'drop', 'latency', 'html-502', 'truncated-json'] as const) {
    expect(stats.injected[kind] ?? 0).toBeGreaterThan(0);
  }
  expect(mostAttempts).toBeLessThanOrEqual(RETRY.maxAttempts);
  // Every request the emulator saw was one of our attempts; an attempt that timed out before the loaded
  // server read it may be missing from its log, nothing else.
  expect(requests).toBeLessThanOrEqual(attempts);
  expect(attempts - requests).toBeLessThanOrEqual(failures.EcsTimeoutError ?? 0);
  expect(Object.values(failures).reduce((a, b) => a + b, 0)).toBe(attempts - pages);
  // Bounded: no attempt outlives its timeout and no wait exceeds the cap.
  expect(elapsedMs).toBeLessThan(attempts * (TIMEOUT_MS + RETRY.maxDelayMs));
});
