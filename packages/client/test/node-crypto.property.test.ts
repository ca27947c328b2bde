// The Node entry's node:crypto primitives under core's signers: the same signatures as Alibaba's own code on
// 1,000 random requests per version (as core's WebCrypto property tests), the same as WebCrypto, and used by
// the Node client on both of its transports.
import fc from 'fast-check';
import { type Credentials, encodeQuery, operations, signRequest, signV1, signV3, toWireParams, webCrypto } from '@org/ecs-pipelines-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { requests, text, token } from '../../core/test/fixtures/arbitraries.js';
import { openapiCore, openapiUtil } from '../../core/test/fixtures/official.js';
import { nodeCrypto, nodeNonce } from '../src/node/crypto.js';
import { createClient } from '../src/node/index.js';

const RUNS = 1000;
const headerSafe = (s: string) => /^[\x21-\x7e]+$/.test(s);
const secret = fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{30}$/), text.filter((s) => s !== ''));
const credentials: fc.Arbitrary<Credentials> = fc.record(
  { accessKeyId: fc.stringMatching(/^[A-Za-z0-9]{1,24}$/), accessKeySecret: secret, securityToken: token.filter((s) => s !== '') },
  { requiredKeys: ['accessKeyId', 'accessKeySecret'] },
);
const v3Credentials = credentials.map((c) => (c.securityToken === undefined || headerSafe(c.securityToken) ? c : { ...c, securityToken: 'CAIS+fake/STS==token' }));
const method = fc.constantFrom('GET', 'POST');
const stamp = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
const nonce = fc.stringMatching(/^[0-9a-f]{32}$/);
afterEach(() => vi.restoreAllMocks());

// A random request of a random action, with that action's name and version to sign.
const request = fc
  .constantFrom(...Object.values(operations))
  .chain((op) => (requests[op.action] as fc.Arbitrary<object>).map((input) => ({ input, common: { action: op.action, version: op.version } })));

describe('node:crypto signing (the Node entry)', () => {
  it(`V3 with node:crypto and the wire params equals @alicloud/openapi-core, openapi-util and WebCrypto on ${RUNS} random requests of every action`, async () => {
    await fc.assert(
      fc.asyncProperty(request, v3Credentials, method, stamp, nonce, fc.option(text), async ({ input, common }, creds, m, ts, n, body) => {
        const params = toWireParams(input);
        const qs = encodeQuery(params);
        const req = { method: m, url: `http://127.0.0.1:8080/${qs ? `?${qs}` : ''}`, ...(body === null ? {} : { body }), credentials: creds, timestamp: ts, nonce: n, ...common };
        const out = await signV3({ ...req, params, crypto: nodeCrypto });
        expect(out).toEqual(await signV3(req));
        const { authorization, ...sent } = out.headers;
        const payload = out.headers['x-acs-content-sha256']!;
        const official = { method: m, pathname: '/', query: Object.fromEntries(params), headers: { host: '127.0.0.1:8080', ...sent } };
        const args = ['ACS3-HMAC-SHA256', payload, creds.accessKeyId, creds.accessKeySecret] as const;
        expect(authorization).toBe(openapiCore.getAuthorization(official, ...args));
        expect(authorization).toBe(openapiUtil.getAuthorization(official, ...args));
      }),
      { numRuns: RUNS },
    );
  });

  it(`V1 with node:crypto equals @alicloud/openapi-core and openapi-util on ${RUNS} random requests of every action`, async () => {
    await fc.assert(
      fc.asyncProperty(request, credentials, method, stamp, nonce, async ({ input, common }, creds, m, ts, n) => {
        const out = await signV1({ method: m, params: toWireParams(input), credentials: creds, timestamp: ts, nonce: n, ...common, crypto: nodeCrypto });
        const signed = Object.fromEntries(out.params.filter(([k]) => k !== 'Signature'));
        const signature = out.params.find(([k]) => k === 'Signature')?.[1];
        expect(signature).toBe(openapiCore.getRPCSignature(signed, m, creds.accessKeySecret));
        expect(signature).toBe(openapiUtil.getRPCSignature(signed, m, creds.accessKeySecret));
      }),
      { numRuns: RUNS },
    );
  });

  it('hashes bytes and strings as WebCrypto does (UTF-8, a lone surrogate as U+FFFD)', async () => {
    for (const data of ['', 'abc', '部门😀', 'a\uD800b', new Uint8Array([0, 1, 255])]) {
      expect(nodeCrypto.sha256Hex(data)).toBe(await webCrypto.sha256Hex(data));
      if (typeof data === 'string') {
        expect(nodeCrypto.hmac('SHA-256', 'k😀', data, 'hex')).toBe(await webCrypto.hmac('SHA-256', 'k😀', data, 'hex'));
        expect(nodeCrypto.hmac('SHA-1', 'k\uDC00', data, 'base64')).toBe(await webCrypto.hmac('SHA-1', 'k\uDC00', data, 'base64'));
      }
    }
  });

  it("core's signRequest with node:crypto and params (what the Node client passes) signs as with WebCrypto and a parsed URL, for every action", async () => {
    const creds = { accessKeyId: 'AK', accessKeySecret: 'S', securityToken: 'T' };
    const params: Array<[string, string]> = [['RegionId', 'cn-hangzhou'], ['Name', 'a b+c~*']];
    const url = `https://ecs.cn-hangzhou.aliyuncs.com/?${encodeQuery(params)}`;
    const now = new Date('2025-01-15T08:30:00Z');
    const nonce = '0123456789abcdef0123456789abcdef';
    for (const op of Object.values(operations)) {
      for (const signatureVersion of ['v3', 'v1'] as const) {
        const input = { signatureVersion, method: 'GET', url, headers: { accept: 'application/json' }, credentials: creds, action: op.action, version: op.version, now };
        const node = await signRequest({ ...input, params, tools: { crypto: nodeCrypto, nonce: () => nonce } });
        expect(node).toEqual(await signRequest({ ...input, nonce }));
        expect(JSON.stringify(node)).toContain(op.action);
      }
    }
  });
});

it('pooled nonces are 32 hex characters and never repeat across pool refills', () => {
  const seen = new Set(Array.from({ length: 1000 }, nodeNonce));
  expect(seen.size).toBe(1000);
  for (const n of seen) expect(n).toMatch(/^[0-9a-f]{32}$/);
});

describe('the Node client signs with node:crypto', () => {
  it('on plain fetch too', async () => {
    const hmac = vi.spyOn(nodeCrypto, 'hmac');
    const fetch = vi.fn(async () => new Response(JSON.stringify({ RequestId: 'R', TotalCount: 0 }), { headers: { 'content-type': 'application/json' } }));
    const client = createClient({ credentials: { accessKeyId: 'AK', accessKeySecret: 'S' }, regionId: 'cn-hangzhou', fetch });
    await client.describeImagePipelines({});
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(hmac).toHaveBeenCalledTimes(1);
    expect(hmac.mock.calls[0]![0]).toBe('SHA-256');
  });
});
