// The emulator as a security boundary: every forged, stale, replayed or oversized request is refused with the
// service's code, and the emulator keeps serving good clients during a flood of bad ones.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeQuery, operations, randomNonce, signV1, signV3 } from '@org/ecs-pipelines-core';
import { createEmulator, DEFAULT_CREDENTIALS } from '../src/index.js';
import { startEmulatorServer, type EmulatorServer } from '../src/node/index.js';
import { call, prepare, send, type CallOptions } from '../src/suite/call.js';
import { codeOf, inProcess, SpecAudit } from './helpers.js';

const audit = new SpecAudit();
const emulator = audit.wrap(createEmulator({ pipelines: 5, maxBodyBytes: 16 * 1024 }));
const target = inProcess(emulator);
const codeOfCall = async (input: Record<string, unknown>, opts: CallOptions) => ((await call(target, input, opts)).json as { Code?: string } | undefined)?.Code;
const MINUTE = 60_000;

// A GET of DescribeImagePipelines signed with a timestamp string of the test's choosing, well-formed or not.
async function signedWithTimestamp(algorithm: 'v3' | 'v1', timestamp: string): Promise<Request> {
  const { action, version } = operations.DescribeImagePipelines;
  const params: Array<[string, string]> = [['RegionId', 'cn-hangzhou']];
  const common = { method: 'GET', credentials: DEFAULT_CREDENTIALS, action, version, timestamp, nonce: randomNonce() };
  if (algorithm === 'v1') return new Request(`http://127.0.0.1:8787/?${encodeQuery((await signV1({ ...common, params, format: 'JSON' })).params)}`);
  const url = `http://127.0.0.1:8787/?${encodeQuery(params)}`;
  return new Request(url, { headers: (await signV3({ ...common, url, headers: {}, params })).headers });
}

afterAll(() => {
  console.log(`spec conformance (security.test): ${audit.checked} answers validated, ${audit.problems.length} problems`);
  expect(audit.problems).toEqual([]);
});

describe('signatures', () => {
  it('refuses every one-character change of a signature, both algorithms', async () => {
    let refused = 0;
    for (const algorithm of ['v3', 'v1'] as const) {
      for (let i = 0; i < 40; i++) {
        const opts: CallOptions = {
          algorithm,
          method: 'GET',
          tamper: ({ url, headers }) => {
            if (algorithm === 'v3') {
              headers.authorization = headers.authorization!.replace(/Signature=([0-9a-f]+)$/, (_, sig: string) => {
                const at = i % sig.length;
                return `Signature=${sig.slice(0, at)}${sig[at] === 'a' ? 'b' : 'a'}${sig.slice(at + 1)}`;
              });
            } else {
              const sig = url.searchParams.get('Signature')!;
              const at = i % sig.length;
              url.searchParams.set('Signature', `${sig.slice(0, at)}${sig[at] === 'A' ? 'B' : 'A'}${sig.slice(at + 1)}`);
            }
          },
        };
        expect(await codeOfCall({}, opts)).toBe('SignatureDoesNotMatch');
        refused++;
      }
    }
    console.log(`tampered signatures: ${refused} of ${refused} refused with SignatureDoesNotMatch`);
  });

  it('refuses requests changed after signing: a parameter, a signed header, the body, an added parameter', async () => {
    const cases: Array<[string, CallOptions]> = [
      ['v3 parameter', { tamper: ({ url }) => url.searchParams.set('RegionId', 'cn-beijing') }],
      ['v3 added parameter', { tamper: ({ url }) => url.searchParams.set('Name', 'x') }],
      ['v3 signed header', { tamper: ({ headers }) => void (headers['x-acs-signature-nonce'] = 'other-nonce') }],
      ['v3 body (hash header kept)', { tamper: (r) => void ((r.body = 'RegionId=cn-hangzhou'), (r.headers['content-type'] = 'text/plain')) }],
      ['v1 parameter', { algorithm: 'v1', method: 'GET', tamper: ({ url }) => url.searchParams.set('RegionId', 'cn-beijing') }],
      ['v1 method (signed as GET, sent as POST)', { algorithm: 'v1', method: 'GET', tamper: () => {} }],
    ];
    for (const [name, opts] of cases) {
      let res;
      if (name.startsWith('v1 method')) {
        const p = await prepare(target, {}, opts);
        res = await send(target, { url: p.url, init: { ...p.init, method: 'POST' } });
      } else {
        res = await call(target, {}, name.includes('body') ? { ...opts, method: 'POST' } : opts);
      }
      expect((res.json as { Code?: string }).Code, name).toBe('SignatureDoesNotMatch');
    }
  });

  it('refuses an unknown AccessKey ID and a wrong secret', async () => {
    const unknown = { accessKeyId: 'LTAI5tNobodyHasThisKey', accessKeySecret: 'x' };
    const wrong = { ...DEFAULT_CREDENTIALS, accessKeySecret: 'emulator-demo-secret-0001' };
    for (const algorithm of ['v3', 'v1'] as const) {
      expect(await codeOfCall({}, { algorithm, method: 'GET', credentials: unknown })).toBe('InvalidAccessKeyId.NotFound');
      expect(await codeOfCall({}, { algorithm, method: 'GET', credentials: wrong })).toBe('SignatureDoesNotMatch');
    }
  });

  it('refuses missing or unsigned headers and incomplete signatures', async () => {
    const cases: Array<[string, CallOptions, string]> = [
      ['host not signed', { tamper: ({ headers }) => void (headers.authorization = headers.authorization!.replace('SignedHeaders=host;', 'SignedHeaders=')) }, 'IncompleteSignature'],
      ['unsigned x-acs header', { tamper: ({ headers }) => void (headers['x-acs-security-token'] = 'smuggled') }, 'IncompleteSignature'],
      ['nonce header removed', { tamper: ({ headers }) => void delete headers['x-acs-signature-nonce'] }, 'IncompleteSignature'],
      ['date header removed', { tamper: ({ headers }) => void delete headers['x-acs-date'] }, 'IncompleteSignature'],
      ['other scheme', { tamper: ({ headers }) => void (headers.authorization = 'Bearer abc') }, 'IncompleteSignature'],
      ['malformed Authorization', { tamper: ({ headers }) => void (headers.authorization = 'ACS3-HMAC-SHA256 Credential=x') }, 'IncompleteSignature'],
      ['v1 no nonce', { algorithm: 'v1', method: 'GET', tamper: ({ url }) => url.searchParams.delete('SignatureNonce') }, 'MissingParameter'],
      ['v1 no timestamp', { algorithm: 'v1', method: 'GET', tamper: ({ url }) => url.searchParams.delete('Timestamp') }, 'IllegalTimestamp'],
      ['v1 no signature', { algorithm: 'v1', method: 'GET', tamper: ({ url }) => url.searchParams.delete('Signature') }, 'MissingParameter'],
      ['v1 other method', { algorithm: 'v1', method: 'GET', tamper: ({ url }) => url.searchParams.set('SignatureMethod', 'HMAC-SHA256') }, 'IncompleteSignature'],
      ['v1 two signatures', { algorithm: 'v1', method: 'GET', tamper: ({ url }) => url.searchParams.append('Signature', 'x') }, 'IncompleteSignature'],
    ];
    for (const [name, opts, code] of cases) expect(await codeOfCall({}, opts), name).toBe(code);
    const bare = await emulator(new Request('http://127.0.0.1:8787/?Action=DescribeImagePipelines&Version=2014-05-26&RegionId=cn-hangzhou'));
    expect(await codeOf(bare)).toBe('IncompleteSignature');
  });
});

describe('timestamps, nonces, tokens', () => {
  it('refuses timestamps more than 15 minutes off either way, accepts 14, refuses a malformed one', async () => {
    const now = Date.now();
    for (const algorithm of ['v3', 'v1'] as const) {
      const at = (ms: number) => ({ algorithm, method: 'GET' as const, now: new Date(now + ms) });
      expect(await codeOfCall({}, at(-16 * MINUTE))).toBe('InvalidTimeStamp.Expired');
      expect(await codeOfCall({}, at(16 * MINUTE))).toBe('InvalidTimeStamp.Expired');
      expect(await codeOfCall({}, at(-14 * MINUTE))).toBeUndefined();
      expect(await codeOfCall({}, at(14 * MINUTE))).toBeUndefined();
      // signRequest formats a Date, so a malformed timestamp is signed with core's signers directly.
      for (const timestamp of ['2025-13-45T99:00:00Z', 'yesterday']) {
        expect(await codeOf(await emulator(await signedWithTimestamp(algorithm, timestamp)))).toBe('InvalidTimeStamp.Format');
      }
    }
  });

  it('refuses a replayed nonce; a refused request does not burn its nonce', async () => {
    for (const algorithm of ['v3', 'v1'] as const) {
      const p = await prepare(target, {}, { algorithm, method: 'GET' });
      expect((await send(target, p)).status).toBe(200);
      expect((await send(target, p)).json).toMatchObject({ Code: 'SignatureNonceUsed' });
      const nonce = `fresh-${algorithm}-${Date.now()}`;
      expect(await codeOfCall({}, { algorithm, method: 'GET', nonce, now: new Date(Date.now() - 20 * MINUTE) })).toBe('InvalidTimeStamp.Expired');
      expect(await codeOfCall({}, { algorithm, method: 'GET', nonce })).toBeUndefined();
    }
  });

  it('checks STS tokens: a configured token must match exactly; without one, any token goes with the key', async () => {
    const token = 'CAIS-expected-token';
    const em = createEmulator({ credentials: [{ ...DEFAULT_CREDENTIALS, securityToken: token }, { accessKeyId: 'LTAI5tOther', accessKeySecret: 'other-secret' }] });
    const t = inProcess(em);
    const code = async (credentials: Record<string, string>, algorithm: 'v3' | 'v1') =>
      ((await call(t, {}, { algorithm, method: 'GET', credentials: credentials as never })).json as { Code?: string }).Code;
    for (const algorithm of ['v3', 'v1'] as const) {
      expect(await code({ ...DEFAULT_CREDENTIALS, securityToken: token }, algorithm)).toBeUndefined();
      expect(await code({ ...DEFAULT_CREDENTIALS, securityToken: `${token}x` }, algorithm)).toBe('InvalidSecurityToken.MismatchWithAccessKey');
      expect(await code({ ...DEFAULT_CREDENTIALS }, algorithm)).toBe('InvalidSecurityToken.MismatchWithAccessKey');
      expect(await code({ accessKeyId: 'LTAI5tOther', accessKeySecret: 'other-secret', securityToken: 'anything' }, algorithm)).toBeUndefined();
    }
    expect(JSON.stringify(em.log)).not.toContain(token);
  });
});

describe('oversized requests', () => {
  it('refuses a declared body over the limit without reading it, and a streamed one as soon as it passes the limit', async () => {
    const big = await emulator(new Request('http://127.0.0.1:8787/', { method: 'POST', body: 'x'.repeat(20_000), headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
    expect([big.status, await codeOf(big), big.headers.get('connection')]).toEqual([400, 'InvalidParameter', 'close']);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled += 4096;
        c.enqueue(new Uint8Array(4096));
      },
    });
    const streamed = await emulator(new Request('http://127.0.0.1:8787/', { method: 'POST', body: endless, duplex: 'half' } as RequestInit));
    expect([streamed.status, await codeOf(streamed)]).toEqual([400, 'InvalidParameter']);
    expect(pulled).toBeLessThan(16 * 1024 + 3 * 4096);
    const longUrl = await emulator(new Request(`http://127.0.0.1:8787/?Name=${'a'.repeat(70_000)}`));
    expect([longUrl.status, await codeOf(longUrl)]).toEqual([400, 'InvalidParameter']);
    console.log(`oversized: an endless body was cut after ${pulled} bytes (limit 16384)`);
  });
});

describe('over HTTP', () => {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulatorServer({ pipelines: 30, maxLogEntries: 300, maxBodyBytes: 16 * 1024 });
  });
  afterAll(() => server.close());

  it('answers a request that declares a 50 MB body at once, without waiting for it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.url}/`, { method: 'POST', headers: { 'content-length': String(50_000_000), 'content-type': 'application/x-www-form-urlencoded' } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write('x'.repeat(1024));
    });
    expect(status).toBe(400);
  });

  it('keeps serving good clients during a flood of bad requests', async () => {
    const t = { ...inProcess(server.emulator), endpoint: server.url, fetch: globalThis.fetch };
    const garbage = (i: number): Promise<Response | undefined> => {
      const kinds = [
        () => fetch(`${server.url}/?Action=DescribeImagePipelines&Signature=${i}&AccessKeyId=x`),
        () => fetch(`${server.url}/`, { method: 'POST', headers: { authorization: `ACS3-HMAC-SHA256 Credential=x,SignedHeaders=host,Signature=${'0'.repeat(64)}` } }),
        () => fetch(`${server.url}/?RegionId=%E0%A4%A`, { headers: { authorization: 'garbage' } }),
        () => fetch(`${server.url}/`, { method: 'POST', body: 'y'.repeat(20_000) }),
        async () => call(t, {}, { credentials: { ...DEFAULT_CREDENTIALS, accessKeySecret: 'wrong' } }).then(() => undefined),
      ];
      return kinds[i % kinds.length]!().catch(() => undefined);
    };
    const BAD = 1500;
    let badDone = 0;
    let goodOk = 0;
    const flood = (async () => {
      const queue = Array.from({ length: BAD }, (_, i) => i);
      await Promise.all(
        Array.from({ length: 40 }, async () => {
          for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
            const res = await garbage(i);
            if (res) await res.arrayBuffer().catch(() => {});
            badDone++;
          }
        }),
      );
    })();
    const good = (async () => {
      for (let i = 0; i < 40; i++) {
        const res = await call(t, { MaxResults: 10 }, { algorithm: i % 2 ? 'v1' : 'v3', method: 'GET' });
        if (res.status === 200) goodOk++;
      }
    })();
    await Promise.all([flood, good]);
    expect(goodOk).toBe(40);
    expect(badDone).toBe(BAD);
    expect(server.emulator.log.length).toBeLessThanOrEqual(300);
    const refused = server.emulator.log.filter((e) => e.status >= 400).length;
    expect(refused).toBeGreaterThan(200);
    console.log(`flood: ${BAD} bad requests at concurrency 40 alongside 40 signed requests: ${goodOk}/40 good answered 200; log bounded at ${server.emulator.log.length} entries`);
  });
});
