// Sign → verify round trips, and verification refusing a one-character change anywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signV1 } from '../src/sign/v1.js';
import { signV3 } from '../src/sign/v3.js';
import { verifyV1, verifyV3 } from '../src/sign/verify.js';
import type { Credentials, WireParams } from '../src/types.js';
import { toWireParams } from '../src/wire/flatten.js';
import { encodeQuery, parseQuery } from '../src/wire/query.js';
import { figure, request, text, token } from './fixtures/arbitraries.js';

const RUNS = 1000;
const ID = 'LTAI5tCanaryKey';
const SECRET = 'canary-secret-0123456789abcdef';
const lookupSecret = (id: string) => (id === ID ? SECRET : undefined);
const creds = fc.record({ accessKeyId: fc.constant(ID), accessKeySecret: fc.constant(SECRET), securityToken: token.filter((t) => /^[\x21-\x7e]+$/.test(t)) }, { requiredKeys: ['accessKeyId', 'accessKeySecret'] }) as fc.Arbitrary<Credentials>;
const bodyArb = fc.oneof(fc.constant(''), text);
const hostArb = fc.constantFrom('ecs.cn-hangzhou.aliyuncs.com', '127.0.0.1:47831');

// Replace one code point (never by itself) so the change survives trimming and decoding.
const change = (s: string, at: number, by: string): string => {
  const cps = Array.from(s);
  if (cps.length === 0) return by;
  const i = at % cps.length;
  cps[i] = cps[i] === by ? (by === 'a' ? 'b' : 'a') : by;
  return cps.join('');
};

async function signedV3(input: Parameters<typeof toWireParams>[0], c: Credentials, host: string, body: string) {
  const qs = encodeQuery(toWireParams(input));
  const url = `http://${host}/${qs ? `?${qs}` : ''}`;
  const out = await signV3({ method: 'POST', url, body, credentials: c, action: 'DescribeImagePipelines', version: '2014-05-26', timestamp: '2025-01-15T08:30:00Z', nonce: 'n-1' });
  return { url, headers: { host, ...out.headers } as Record<string, string>, body: new TextEncoder().encode(body) };
}

describe('V3 verify', () => {
  it('accepts what signV3 signed, through a real Request with Headers', async () => {
    const s = await signedV3({ RegionId: 'cn-hangzhou', Tag: [{ Key: '部门', Value: 'a b*c' }] }, { accessKeyId: ID, accessKeySecret: SECRET, securityToken: 'CAIS+fake/STS==' }, '127.0.0.1:1', 'x=1');
    const req = new Request(s.url, { method: 'POST', headers: Object.fromEntries(Object.entries(s.headers).filter(([k]) => k !== 'host')), body: 'x=1' });
    const res = await verifyV3({ method: req.method, url: req.url, headers: req.headers, body: new Uint8Array(await req.arrayBuffer()), lookupSecret });
    expect(res).toEqual({ ok: true, accessKeyId: ID, securityToken: 'CAIS+fake/STS==', timestamp: '2025-01-15T08:30:00Z', nonce: 'n-1', algorithm: 'v3' });
  });

  it('refuses a missing or malformed Authorization, unsigned x-acs-* headers, an unknown key and a changed body hash', async () => {
    const s = await signedV3({ RegionId: 'cn-hangzhou' }, { accessKeyId: ID, accessKeySecret: SECRET }, 'h', '');
    const v = (headers: Record<string, string>, body = s.body) => verifyV3({ method: 'POST', url: s.url, headers, body, lookupSecret });
    const { authorization, ...rest } = s.headers;
    expect(await v(rest)).toMatchObject({ ok: false, code: 'IncompleteSignature' });
    expect(await v({ ...s.headers, authorization: 'ACS3-HMAC-SHA256 Credential=x' })).toMatchObject({ ok: false, code: 'IncompleteSignature' });
    expect(await v({ ...s.headers, 'x-acs-security-token': 'injected' })).toMatchObject({ ok: false, code: 'IncompleteSignature' });
    expect(await v({ ...s.headers, authorization: authorization!.replace('host;', '') })).toMatchObject({ ok: false, code: 'IncompleteSignature' });
    expect(await v({ ...s.headers, authorization: authorization!.replace(`Credential=${ID}`, 'Credential=nobody') })).toMatchObject({ ok: false, code: 'InvalidAccessKeyId.NotFound' });
    expect(await v(s.headers, new TextEncoder().encode('tampered'))).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    expect(await verifyV3({ method: 'POST', url: `${s.url}?Name=%ZZ`, headers: s.headers, body: s.body, lookupSecret })).toMatchObject({ ok: false, code: 'IncompleteSignature' });
  });

  it(`round-trips and refuses a one-character change anywhere (${RUNS} random requests)`, async () => {
    let cases = 0;
    const target = fc.constantFrom('query', 'header', 'body', 'signature', 'method', 'host');
    await fc.assert(
      fc.asyncProperty(request, creds, hostArb, bodyArb, target, fc.nat(), fc.nat(), fc.constantFrom('a', 'Z', '7', '~', '😀'), async (input, c, host, body, where, i, j, by) => {
        cases++;
        const s = await signedV3(input, c, host, body);
        const ok = await verifyV3({ method: 'POST', url: s.url, headers: s.headers, body: s.body, lookupSecret });
        expect(ok).toMatchObject({ ok: true, accessKeyId: ID, algorithm: 'v3' });
        expect((ok as { securityToken?: string }).securityToken).toBe(c.securityToken);

        let { url, headers, body: bytes } = s;
        let method = 'POST';
        const query = toWireParams(input);
        if (where === 'query' && query.length > 0) {
          const [name, value] = query[i % query.length]!;
          const copy: WireParams = query.map((p) => [...p]);
          copy[i % query.length] = j % 2 === 0 ? [name, change(value, j, by)] : [change(name, j, by), value];
          url = `http://${host}/?${encodeQuery(copy)}`;
        } else if (where === 'header') {
          const names = Object.keys(headers).filter((n) => n !== 'authorization' && n !== 'x-acs-content-sha256');
          const n = names[i % names.length]!;
          headers = { ...headers, [n]: change(headers[n]!, j, by) };
        } else if (where === 'body') {
          bytes = new TextEncoder().encode(change(body, j, by));
        } else if (where === 'signature') {
          const auth = headers.authorization!;
          const at = auth.length - 1 - (j % 64);
          headers = { ...headers, authorization: auth.slice(0, at) + (auth[at] === 'a' ? 'b' : 'a') + auth.slice(at + 1) };
        } else if (where === 'method') method = 'GET';
        else headers = { ...headers, host: change(host, j, by) };
        if (where === 'query' && query.length === 0) method = 'PUT';
        const res = await verifyV3({ method, url, headers, body: bytes, lookupSecret });
        expect(res.ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
    figure('V3 sign→verify round trips, each with a one-character tamper refused', cases);
  });
});

describe('V1 verify', () => {
  it(`round-trips through the wire and refuses a one-character change anywhere (${RUNS} random requests)`, async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(request, creds, fc.constantFrom('GET', 'POST'), fc.nat(), fc.nat(), fc.boolean(), fc.constantFrom('a', 'Z', '7', '~', '😀'), async (input, c, method, i, j, inName, by) => {
        cases++;
        const out = await signV1({ method, params: toWireParams(input), credentials: c, action: 'DescribeImagePipelines', version: '2014-05-26', timestamp: '2025-01-15T08:30:00Z', nonce: 'n-1' });
        const received = parseQuery(encodeQuery(out.params));
        const ok = await verifyV1({ method, params: received, lookupSecret });
        expect(ok).toMatchObject({ ok: true, accessKeyId: ID, timestamp: '2025-01-15T08:30:00Z', nonce: 'n-1', algorithm: 'v1' });
        expect((ok as { securityToken?: string }).securityToken).toBe(c.securityToken);

        const tampered: WireParams = received.map((p) => [...p]);
        const k = i % tampered.length;
        const [name, value] = tampered[k]!;
        tampered[k] = inName ? [change(name, j, by), value] : [name, change(value, j, by)];
        expect((await verifyV1({ method, params: tampered, lookupSecret })).ok).toBe(false);
        expect((await verifyV1({ method: method === 'GET' ? 'POST' : 'GET', params: received, lookupSecret })).ok).toBe(false);
      }),
      { numRuns: RUNS },
    );
    figure('V1 sign→verify round trips, each with a one-character tamper refused', cases);
  });

  it('refuses duplicates, a wrong method or version, and hides the token in the echoed string-to-sign', async () => {
    const out = await signV1({ method: 'GET', params: [['RegionId', 'cn-hangzhou']], credentials: { accessKeyId: ID, accessKeySecret: SECRET, securityToken: 'CAIS+fake/STS==token&with=specials~*' }, action: 'A', version: 'V', timestamp: 't', nonce: 'n' });
    const v = (params: WireParams) => verifyV1({ method: 'GET', params, lookupSecret });
    expect(await v([...out.params, ['Signature', 'x']])).toMatchObject({ ok: false, code: 'IncompleteSignature' });
    expect(await v(out.params.map(([k, val]) => [k, k === 'SignatureMethod' ? 'HMAC-SHA256' : val]))).toMatchObject({ ok: false, code: 'IncompleteSignature' });
    expect(await v(out.params.map(([k, val]) => [k, k === 'AccessKeyId' ? 'other' : val]))).toMatchObject({ ok: false, code: 'InvalidAccessKeyId.NotFound' });
    const bad = await v(out.params.map(([k, val]) => [k, k === 'RegionId' ? 'cn-beijing' : val]));
    expect(bad).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    const sts = (bad as { stringToSign: string }).stringToSign;
    expect(sts).toContain('SecurityToken%3D[REDACTED]%26');
    expect(sts).not.toContain('fake');
  });
});
