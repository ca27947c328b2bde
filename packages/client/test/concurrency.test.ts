// Issue 9: 200 concurrent calls through one client while STS credentials rotate. Every request is signed with
// the credentials valid when it was sent — the emulator checks each signature and that each token belongs
// to its key — and none mixes one generation's key with another's token.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient as createWebClient } from '../src/index.js';
import { createClient, type ExpiringCredentials } from '../src/node/index.js';
import { type EmulatorServer, startEmulator } from './helpers/emulator.js';

// STS lifetimes (15 min to 1 h) scaled down to 700 ms. The client refreshes at half the remaining life here
// (3 min before expiry for real tokens); that margin must outlast the gap between taking credentials and
// sending, which with 200 calls signing at once on a loaded two-core machine reached 150 ms.
const CALLS = 200;
const LIFETIME_MS = 700;
const GENERATIONS = 40;
const generation = (g: number) => ({ accessKeyId: `STS.gen${g}`, accessKeySecret: `secret-of-gen-${g}`, securityToken: `token-of-gen-${g}` });

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator({ credentials: Array.from({ length: GENERATIONS }, (_, g) => generation(g)), latencyMs: 1_500 });
});
afterAll(() => server.close());

/**
 * An STS-like provider: each call issues the next generation, valid for LIFETIME_MS from its issue; the
 * validity windows are kept to judge every request afterwards.
 */
function rotatingProvider() {
  const issued: Array<{ from: number; until: number }> = [];
  const provider = async (): Promise<ExpiringCredentials> => {
    await new Promise((r) => setTimeout(r, 2)); // an STS round trip
    const g = issued.length;
    const from = Date.now();
    issued.push({ from, until: from + LIFETIME_MS });
    return { ...generation(g), expiration: from + LIFETIME_MS };
  };
  return { provider, issued };
}

const stagger = <T>(i: number, run: () => Promise<T>) => new Promise<T>((resolve, reject) => setTimeout(() => run().then(resolve, reject), i * 7));

test(`${CALLS} concurrent calls with rotating STS credentials: each signed with the generation valid at send time`, async () => {
  const { provider, issued } = rotatingProvider();
  const sent: Array<{ at: number; key: string; token: string | null }> = [];
  let inFlight = 0;
  let peak = 0;
  const client = createWebClient({
    regionId: 'cn-hangzhou',
    credentials: provider,
    endpoint: server.url,
    retry: { maxAttempts: 1 },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const key = /Credential=([^,]+)/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
      sent.push({ at: Date.now(), key, token: request.headers.get('x-acs-security-token') });
      peak = Math.max(peak, ++inFlight);
      try {
        return await fetch(request);
      } finally {
        inFlight--;
      }
    },
  });
  const pages = await Promise.all(Array.from({ length: CALLS }, (_, i) => stagger(i, () => client.describeImagePipelines({ MaxResults: 1 }))));
  expect(pages.every((p) => p.$metadata.httpStatusCode === 200 && p.$metadata.attempts === 1)).toBe(true);
  expect(sent).toHaveLength(CALLS);
  for (const { at, key, token } of sent) {
    const g = Number(key.replace('STS.gen', ''));
    expect(token).toBe(generation(g).securityToken);
    expect(at).toBeGreaterThanOrEqual(issued[g]!.from);
    expect(at).toBeLessThan(issued[g]!.until);
  }
  const used = new Set(sent.map((s) => s.key));
  console.log(`concurrency: ${CALLS} calls, ${peak} in flight at the peak, ${used.size} credential generations, ${issued.length} provider calls, every request signed with the generation valid when sent; the emulator accepted all ${server.emulator.log.filter((e) => e.status === 200).length}`);
  expect(peak).toBeGreaterThanOrEqual(CALLS / 2);
  expect(used.size).toBeGreaterThanOrEqual(3);
  expect(issued.length).toBeLessThan(CALLS / 4);
  expect(server.emulator.log.every((e) => e.status === 200)).toBe(true);
});

test(`${CALLS} concurrent calls on the node:http transport with rotating credentials all verify`, async () => {
  server.emulator.reset();
  const { provider, issued } = rotatingProvider();
  const client = createClient({ regionId: 'cn-hangzhou', credentials: provider, endpoint: server.url, retry: { maxAttempts: 1 } });
  const pages = await Promise.all(Array.from({ length: CALLS }, (_, i) => stagger(i, () => client.describeImagePipelines({ MaxResults: 1 }))));
  expect(pages).toHaveLength(CALLS);
  const keys = new Set(server.emulator.log.map((e) => e.accessKeyId));
  console.log(`concurrency (node:http): ${CALLS} calls verified by the emulator, ${keys.size} generations, ${issued.length} provider calls`);
  expect(server.emulator.log.filter((e) => e.status === 200)).toHaveLength(CALLS);
  expect(keys.size).toBeGreaterThanOrEqual(3);
});
