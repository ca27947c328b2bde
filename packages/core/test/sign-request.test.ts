// signRequest, the one signing orchestration the client and the contract suite share: whatever it signs,
// core's own verifiers accept (V3 headers with verifyV3, a V1 URL with verifyV1), for requests of every
// action; it equals signV3/signV1 called by hand and the official SDK's wire captures.
import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EcsValidationError } from '../src/errors.js';
import { DescribeImageComponents, DescribeImagePipelineExecutions, DescribeImagePipelines, operations } from '../src/generated/acs-operations.gen.js';
import { formatTimestamp, type SignCrypto } from '../src/sign/crypto.js';
import { signRequest, type SignRequestInput } from '../src/sign/request.js';
import { signV1, V1_COMMON_PARAMS } from '../src/sign/v1.js';
import { signV3 } from '../src/sign/v3.js';
import { verifyV1, verifyV3 } from '../src/sign/verify.js';
import type { Credentials } from '../src/types.js';
import { fromWireParams, toWireParams } from '../src/wire/flatten.js';
import { encodeQuery, parseQuery } from '../src/wire/query.js';
import { figure, requests, token } from './fixtures/arbitraries.js';

const ID = 'LTAI5tCanaryKey';
const SECRET = 'canary-secret-0123456789abcdef';
const lookupSecret = (id: string) => (id === ID ? SECRET : undefined);
const credentials: Credentials = { accessKeyId: ID, accessKeySecret: SECRET };
const NOW = new Date('2025-01-15T08:30:00.123Z');
const ENDPOINT = 'https://ecs.cn-hangzhou.aliyuncs.com/';
const empty = new Uint8Array();

/** A request of `op` as the client builds it: the URL's query is `encodeQuery` of the wire params. */
function input(op: (typeof operations)[keyof typeof operations], request: object, extra: Partial<SignRequestInput> = {}): SignRequestInput {
  const params = toWireParams(request);
  return { signatureVersion: 'v3', method: 'GET', url: `${ENDPOINT}?${encodeQuery(params)}`, headers: {}, credentials, action: op.action, version: op.version, now: NOW, nonce: 'n-1', params, ...extra };
}

const verify3 = (method: string, signed: { url: string; headers: Record<string, string> }) => verifyV3({ method, url: signed.url, headers: signed.headers, body: empty, lookupSecret });
const verify1 = (method: string, signed: { url: string }) => verifyV1({ method, params: parseQuery(new URL(signed.url).search), lookupSecret });

describe('signRequest V3', () => {
  it('signs headers that verifyV3 accepts, leaving the URL as it is', async () => {
    const req = input(DescribeImageComponents, { RegionId: 'cn-hangzhou', ImageComponentId: ['ic-1', 'ic a*~'], Owner: 'SELF' }, { headers: { accept: 'application/json' } });
    const signed = await signRequest(req);
    expect(signed.url).toBe(req.url);
    expect(signed.headers).toMatchObject({
      accept: 'application/json',
      'x-acs-action': 'DescribeImageComponents',
      'x-acs-version': '2014-05-26',
      'x-acs-date': '2025-01-15T08:30:00Z',
      'x-acs-signature-nonce': 'n-1',
      authorization: expect.stringMatching(/^ACS3-HMAC-SHA256 Credential=LTAI5tCanaryKey,SignedHeaders=host;x-acs-action;/),
    });
    expect(await verify3('GET', signed)).toEqual({ ok: true, accessKeyId: ID, timestamp: '2025-01-15T08:30:00Z', nonce: 'n-1', algorithm: 'v3' });
    // The method is signed: the same headers sent with POST are refused.
    expect(await verify3('POST', signed)).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });

  it('equals signV3 called by hand, with or without the params beside the URL', async () => {
    const req = input(DescribeImagePipelines, { RegionId: 'cn-hangzhou', Tag: [{ Key: '部门', Value: 'a+b' }] });
    const manual = await signV3({ method: 'GET', url: req.url, headers: {}, credentials, action: req.action, version: req.version, timestamp: '2025-01-15T08:30:00Z', nonce: 'n-1' });
    expect((await signRequest(req)).headers).toEqual(manual.headers);
    expect((await signRequest({ ...req, params: undefined })).headers).toEqual(manual.headers);
  });

  it('sends the security token, signed, and verifyV3 reports it', async () => {
    const signed = await signRequest(input(DescribeImagePipelineExecutions, { RegionId: 'cn-hangzhou', ExecutionId: 'exec-1' }, { credentials: { ...credentials, securityToken: 'CAIS+fake/STS==' } }));
    expect(signed.headers['x-acs-security-token']).toBe('CAIS+fake/STS==');
    expect(await verify3('GET', signed)).toMatchObject({ ok: true, securityToken: 'CAIS+fake/STS==' });
  });
});

describe('signRequest V1', () => {
  it('returns a URL whose query verifyV1 accepts: common parameters first, the API parameters, Signature last', async () => {
    const req = input(DescribeImagePipelineExecutions, { RegionId: 'cn-hangzhou', ImagePipelineId: 'ip-1', Status: 'BUILDING,FAILED' }, { signatureVersion: 'v1', headers: { accept: 'application/json' } });
    const signed = await signRequest(req);
    expect(signed.headers).toEqual({ accept: 'application/json' });
    const url = new URL(signed.url);
    expect(url.origin + url.pathname).toBe(ENDPOINT.slice(0, -1) + '/');
    const params = parseQuery(url.search);
    expect(params.map(([k]) => k)).toEqual(['Action', 'Version', 'Format', 'AccessKeyId', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'RegionId', 'ImagePipelineId', 'Status', 'Signature']);
    expect(Object.fromEntries(params)).toMatchObject({ Action: 'DescribeImagePipelineExecutions', Version: '2014-05-26', Format: 'JSON', Timestamp: '2025-01-15T08:30:00Z', SignatureNonce: 'n-1', Status: 'BUILDING,FAILED' });
    expect(await verify1('GET', signed)).toEqual({ ok: true, accessKeyId: ID, timestamp: '2025-01-15T08:30:00Z', nonce: 'n-1', algorithm: 'v1' });
    expect(await verify1('POST', signed)).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });

  it('equals signV1 called by hand; the params are read back from the URL when not given; XML on request', async () => {
    const req = input(DescribeImageComponents, { RegionId: 'cn-hangzhou', ImageComponentId: ['a b', '部门'], ComponentVersion: '1.0.*' }, { signatureVersion: 'v1', method: 'POST' });
    const manual = await signV1({ method: 'POST', params: req.params!, credentials, action: req.action, version: req.version, timestamp: '2025-01-15T08:30:00Z', nonce: 'n-1', format: 'JSON' });
    const want = `${ENDPOINT}?${encodeQuery(manual.params)}`;
    expect((await signRequest(req)).url).toBe(want);
    expect((await signRequest({ ...req, params: undefined })).url).toBe(want);
    const xml = await signRequest({ ...req, format: 'XML' });
    expect(parseQuery(new URL(xml.url).search)).toContainEqual(['Format', 'XML']);
    expect(await verify1('POST', xml)).toMatchObject({ ok: true });
  });

  it('puts the security token in the query, and verifyV1 reports it', async () => {
    const signed = await signRequest(input(DescribeImagePipelines, { RegionId: 'cn-hangzhou' }, { signatureVersion: 'v1', credentials: { ...credentials, securityToken: 'CAIS+fake/STS==token&with=specials~*' } }));
    expect(parseQuery(new URL(signed.url).search)).toContainEqual(['SecurityToken', 'CAIS+fake/STS==token&with=specials~*']);
    expect(await verify1('GET', signed)).toMatchObject({ ok: true, securityToken: 'CAIS+fake/STS==token&with=specials~*' });
  });

  it('refuses an API parameter named like a common one', async () => {
    await expect(signRequest(input(DescribeImagePipelines, { RegionId: 'cn-hangzhou', Signature: 'x' }, { signatureVersion: 'v1' }))).rejects.toThrow(EcsValidationError);
  });
});

describe('signRequest: clock, nonce and crypto', () => {
  it('takes the time from now (to the second) and a fresh nonce every call, so a retry is never a replay', async () => {
    const req = input(DescribeImagePipelines, { RegionId: 'cn-hangzhou' }, { now: undefined, nonce: undefined });
    const before = Date.now();
    const [a, b] = [await signRequest(req), await signRequest(req)];
    const stamp = Date.parse(a.headers['x-acs-date']!);
    expect(stamp).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(stamp).toBeLessThanOrEqual(Date.now());
    expect(a.headers['x-acs-signature-nonce']).toMatch(/^[0-9a-f]{32}$/);
    expect(a.headers['x-acs-signature-nonce']).not.toBe(b.headers['x-acs-signature-nonce']);
    const [c, d] = [await signRequest({ ...req, signatureVersion: 'v1' }), await signRequest({ ...req, signatureVersion: 'v1' })];
    const nonceOf = (u: string) => new URL(u).searchParams.get('SignatureNonce');
    expect(nonceOf(c.url)).not.toBe(nonceOf(d.url));
  });

  it('uses tools.nonce when no nonce is given, and an explicit nonce over it', async () => {
    let n = 0;
    const tools = { nonce: () => `tool-${++n}` };
    const req = input(DescribeImagePipelines, { RegionId: 'cn-hangzhou' }, { nonce: undefined, tools });
    expect((await signRequest(req)).headers['x-acs-signature-nonce']).toBe('tool-1');
    expect((await signRequest({ ...req, nonce: 'mine' })).headers['x-acs-signature-nonce']).toBe('mine');
    expect(n).toBe(1);
    expect(formatTimestamp(NOW)).toBe('2025-01-15T08:30:00Z');
  });

  it('signs with tools.crypto when given (node:crypto here), to the same result as WebCrypto', async () => {
    let calls = 0;
    const nodeCrypto: SignCrypto = {
      sha256Hex: (data) => (calls++, createHash('sha256').update(data).digest('hex')),
      hmac: (hash, key, data, encoding) => (calls++, createHmac(hash === 'SHA-1' ? 'sha1' : 'sha256', key).update(data).digest(encoding)),
    };
    for (const signatureVersion of ['v3', 'v1'] as const) {
      const req = input(DescribeImageComponents, { RegionId: 'cn-hangzhou', Name: '😀 e\u0301' }, { signatureVersion });
      expect(await signRequest({ ...req, tools: { crypto: nodeCrypto } })).toEqual(await signRequest(req));
    }
    expect(calls).toBeGreaterThanOrEqual(3);
  });

  it('refuses unusable credentials with EcsValidationError, for either version', async () => {
    for (const signatureVersion of ['v3', 'v1'] as const) {
      await expect(signRequest(input(DescribeImagePipelines, { RegionId: 'r' }, { signatureVersion, credentials: { accessKeyId: ID, accessKeySecret: '' } }))).rejects.toThrow(/credentials\.accessKeySecret/);
    }
  });
});

// The requests the official @alicloud/ecs20140526 client put on the wire (see sign-vectors.test.ts), through signRequest.
describe('signRequest equals the official SDK wire captures', () => {
  const request = {
    RegionId: 'cn-hangzhou',
    ImagePipelineId: ['ip-2ze5tsl5bp6nf2b3****', 'ip-second'],
    Tag: [{ Key: 'env', Value: 'a b*c~d' }, { Key: '部门', Value: '研发+/=&' }, { Key: 'empty', Value: '' }],
    Name: 'my pipeline',
    ResourceGroupId: 'rg-bp67acfmxazb4p****',
    NextToken: 'AAAAAdDWBF2+/=',
    MaxResults: 10,
  };
  const official = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
  const at = new Date('2025-01-15T08:30:00Z');

  it('v3-default-ak', async () => {
    const params = toWireParams(request);
    const signed = await signRequest({
      signatureVersion: 'v3', method: 'POST', url: `http://127.0.0.1:47831/?${encodeQuery(params)}`, params,
      headers: { 'x-acs-credentials-provider': 'static_ak', 'user-agent': 'AlibabaCloud', accept: 'application/json' },
      credentials: official, action: 'DescribeImagePipelines', version: '2014-05-26', now: at, nonce: '0123456789abcdef0123456789abcd01',
    });
    expect(signed.headers.authorization).toMatch(/,Signature=d02e4a4e4cba0a9a2bc011e9b8b449ab216e23ac4d740ca2d41b27bcb6d0ab18$/);
  });

  it('v1-ak (Format=json in lower case, as the SDK sends it)', async () => {
    const signed = await signRequest({
      signatureVersion: 'v1', method: 'POST', url: `http://127.0.0.1:47831/?${encodeQuery(toWireParams(request))}`, headers: {},
      credentials: official, action: 'DescribeImagePipelines', version: '2014-05-26', now: at, nonce: '0123456789abcdef0123456789abcd04', format: 'json' as 'JSON',
    });
    expect(parseQuery(new URL(signed.url).search).at(-1)).toEqual(['Signature', 'vRP8dstAjsMPQYQV09ciQVasn0U=']);
  });
});

describe.each(Object.values(operations))('signRequest → verify for random requests of $action', (op) => {
  const RUNS = 150;
  const creds = fc.record({ accessKeyId: fc.constant(ID), accessKeySecret: fc.constant(SECRET), securityToken: token.filter((t) => /^[\x21-\x7e]+$/.test(t)) }, { requiredKeys: ['accessKeyId', 'accessKeySecret'] }) as fc.Arbitrary<Credentials>;

  it.each(['v3', 'v1'] as const)('%s: verified, and the API parameters arrive as the request', async (signatureVersion) => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(requests[op.action] as fc.Arbitrary<object>, creds, fc.constantFrom('GET', 'POST'), async (request, c, method) => {
        cases++;
        const signed = await signRequest(input(op, request, { signatureVersion, method, credentials: c, nonce: undefined }));
        const verdict = signatureVersion === 'v3' ? await verify3(method, signed) : await verify1(method, signed);
        expect(verdict).toMatchObject({ ok: true, accessKeyId: ID, algorithm: signatureVersion });
        expect((verdict as { securityToken?: string }).securityToken).toBe(c.securityToken);
        const received = parseQuery(new URL(signed.url).search).filter(([k]) => !V1_COMMON_PARAMS.includes(k));
        expect(fromWireParams(op, received)).toEqual(request);
      }),
      { numRuns: RUNS },
    );
    figure(`signRequest ${signatureVersion} → verify${signatureVersion.toUpperCase()} (${op.action})`, cases);
  });
});
