import { afterAll, describe, expect, it } from 'vitest';
import { encodeQuery, formatTimestamp, signV1 } from '@org/ecs-pipelines-core';
import { createEmulator, DEFAULT_CREDENTIALS, DEFAULT_REGIONS, type Emulator } from '../src/index.js';
import { call, prepare, send } from '../src/suite/call.js';
import { inProcess, SpecAudit } from './helpers.js';

const audit = new SpecAudit();
const emulator = audit.wrap(createEmulator({ pipelines: 23, seed: 'emulator-test' }));
const target = inProcess(emulator);
const all = emulator.pipelines['cn-hangzhou']!;
const ids = (body: unknown) => ((body as { ImagePipeline: { ImagePipelineSet: Array<{ ImagePipelineId: string }> } }).ImagePipeline.ImagePipelineSet.map((p) => p.ImagePipelineId));
const bodyOf = (res: { json?: unknown }) => res.json as { TotalCount: number; MaxResults: number; NextToken?: string; Code?: string; Message?: string; RequestId: string };

afterAll(() => {
  console.log(`spec conformance (emulator.test): ${audit.checked} answers validated with ajv, ${audit.problems.length} problems`);
  expect(audit.problems).toEqual([]);
});

describe('reads', () => {
  it('answers the first page with the default MaxResults of 50, every item, no NextToken on the only page', async () => {
    const res = await call(target, {});
    expect(res.status).toBe(200);
    const body = bodyOf(res);
    expect(body.MaxResults).toBe(50);
    expect(body.TotalCount).toBe(23);
    expect(body).not.toHaveProperty('NextToken');
    expect(ids(res.json)).toEqual(all.map((p) => p.ImagePipelineId));
    expect(res.headers.get('x-acs-request-id')).toBe(body.RequestId);
    expect(res.contentType).toBe('application/json;charset=utf-8');
  });

  it.each([
    ['v3 POST', { algorithm: 'v3', method: 'POST' }],
    ['v3 GET', { algorithm: 'v3', method: 'GET' }],
    ['v1 GET', { algorithm: 'v1', method: 'GET' }],
    ['v1 POST form body', { algorithm: 'v1', method: 'POST', form: true }],
  ] as const)('%s pages through every item exactly once', async (_, opts) => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const res = await call(target, { MaxResults: 4, ...(token ? { NextToken: token } : {}) }, opts);
      expect(res.status, res.text).toBe(200);
      seen.push(...ids(res.json));
      expect(bodyOf(res).TotalCount).toBe(23);
      token = bodyOf(res).NextToken;
      pages++;
    } while (token);
    expect(pages).toBe(6);
    expect(seen).toEqual(all.map((p) => p.ImagePipelineId));
  });

  it('filters: IDs (any of), Name, ResourceGroupId, tags (all must match; no value matches any value)', async () => {
    const tagged = all.find((p) => p.Tags!.Tag!.length > 0)!;
    const tag = tagged.Tags!.Tag![0]!;
    const cases: Array<[Record<string, unknown>, (p: (typeof all)[number]) => boolean]> = [
      [{ ImagePipelineId: [all[3]!.ImagePipelineId!, all[1]!.ImagePipelineId!, 'ip-none'] }, (p) => p === all[1] || p === all[3]],
      [{ Name: all[5]!.Name }, (p) => p.Name === all[5]!.Name],
      [{ ResourceGroupId: all[0]!.ResourceGroupId }, (p) => p.ResourceGroupId === all[0]!.ResourceGroupId],
      [{ Tag: [{ Key: tag.TagKey, Value: tag.TagValue }] }, (p) => p.Tags!.Tag!.some((t) => t.TagKey === tag.TagKey && t.TagValue === tag.TagValue)],
      [{ Tag: [{ Key: tag.TagKey }] }, (p) => p.Tags!.Tag!.some((t) => t.TagKey === tag.TagKey)],
      [{ Tag: [{ Key: tag.TagKey }, { Key: 'no-such-key' }] }, () => false],
    ];
    for (const [filter, keep] of cases) {
      const res = await call(target, { ...filter, MaxResults: 500 });
      expect(res.status, JSON.stringify(filter)).toBe(200);
      expect(ids(res.json), JSON.stringify(filter)).toEqual(all.filter(keep).map((p) => p.ImagePipelineId));
      expect(bodyOf(res).TotalCount).toBe(all.filter(keep).length);
    }
  });

  it('ignores parameters the API does not have (OwnerId, …), as the service does', async () => {
    const res = await call(target, { OwnerId: 123, ResourceOwnerAccount: 'x' });
    expect(res.status).toBe(200);
  });

  it('answers HMAC-SHA1 requests in XML with Format=XML, and by default (the service default)', async () => {
    const xml = await call(target, { MaxResults: 2 }, { algorithm: 'v1', method: 'GET', format: 'XML' });
    expect(xml.status).toBe(200);
    expect(xml.contentType).toBe('text/xml;charset=utf-8');
    expect(xml.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<DescribeImagePipelinesResponse><RequestId>[0-9A-F-]{36}<\/RequestId><TotalCount>23<\/TotalCount><NextToken>[^<]+<\/NextToken><MaxResults>2<\/MaxResults><ImagePipeline>(<ImagePipelineSet>.*?<\/ImagePipelineSet>){2}<\/ImagePipeline><\/DescribeImagePipelinesResponse>$/s);
    expect(xml.text).toContain('<Tags>');
    const err = await call(target, { MaxResults: 501 }, { algorithm: 'v1', method: 'GET', format: 'XML' });
    expect(err.status).toBe(400);
    expect(err.contentType).toBe('text/xml;charset=utf-8');
    expect(err.text).toMatch(/<Error><RequestId>.+<\/RequestId><HostId>127\.0\.0\.1:8787<\/HostId><Code>InvalidParameter<\/Code><Message>.*MaxResults.*<\/Message><Recommend>.+<\/Recommend><\/Error>$/s);
    emulator.faults.queue('throttling');
    const throttled = await call(target, {}, { algorithm: 'v1', method: 'GET', format: 'XML' });
    expect([throttled.status, throttled.contentType, throttled.headers.get('x-acs-retry-after')]).toEqual([400, 'text/xml;charset=utf-8', '200']);
    expect(throttled.text).toContain('<Code>Throttling.User</Code>');
  });
});

describe('refusals', () => {
  it.each([
    ['no RegionId', { RegionId: undefined }, 400, 'MissingParameter', /RegionId/],
    ['empty RegionId', { RegionId: '' }, 400, 'MissingParameter', /RegionId/],
    ['unknown region', { RegionId: 'xx-nowhere-1' }, 404, 'InvalidRegionId.NotFound', /RegionId does not exist/],
    ['malformed region', { RegionId: 'CN_HANGZHOU' }, 404, 'InvalidRegionId.NotFound', /RegionId/],
    ['MaxResults 501', { MaxResults: 501 }, 400, 'InvalidParameter', /"MaxResults".*500/],
    ['MaxResults 0', { MaxResults: 0 }, 400, 'InvalidParameter', /"MaxResults"/],
    ['MaxResults abc', { MaxResults: 'abc' }, 400, 'InvalidParameter', /"MaxResults"/],
    ['21 tags', { Tag: Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}` })) }, 400, 'InvalidParameter', /"Tag"/],
    ['empty tag key', { Tag: [{ Key: '' }] }, 400, 'InvalidParameter', /Tag\.1\.Key/],
    ['malformed NextToken', { NextToken: 'nope' }, 400, 'InvalidNextToken', /NextToken/],
    ['Tag index over 20', { 'Tag.21.Key': 'k' }, 400, 'InvalidParameter', /"Tag\.21\.Key".*1 to 20/],
    ['ImagePipelineId index over 20', { 'ImagePipelineId.99': 'ip-x' }, 400, 'InvalidParameter', /"ImagePipelineId\.99"/],
    ['Tag index 0', { 'Tag.0.Key': 'k' }, 400, 'InvalidParameter', /Tag\.0\.Key/],
  ] as const)('%s → %i %s', async (_, input, status, code, message) => {
    const res = await call(target, input as Record<string, unknown>);
    expect(res.status).toBe(status);
    expect(bodyOf(res).Code).toBe(code);
    expect(bodyOf(res).Message).toMatch(message);
  });

  it('refuses a NextToken used with other filters or another region', async () => {
    const first = await call(target, { MaxResults: 2 });
    const token = bodyOf(first).NextToken!;
    expect(token).toBeTruthy();
    for (const other of [{ Name: 'x' }, { RegionId: 'cn-beijing' }, { Tag: [{ Key: 'env' }] }]) {
      const res = await call(target, { MaxResults: 2, NextToken: token, ...other });
      expect(bodyOf(res).Code, JSON.stringify(other)).toBe('InvalidNextToken');
    }
    // The same query with another page size is fine.
    expect((await call(target, { MaxResults: 5, NextToken: token })).status).toBe(200);
  });

  it('refuses a parameter given twice, and a form body that is not UTF-8 or not percent-encoded', async () => {
    const signed = await signV1({
      method: 'GET',
      params: [['RegionId', 'cn-hangzhou'], ['MaxResults', '5'], ['MaxResults', '6']],
      credentials: DEFAULT_CREDENTIALS,
      action: 'DescribeImagePipelines',
      version: '2014-05-26',
      timestamp: formatTimestamp(new Date()),
      nonce: `twice-${Date.now()}`,
    });
    const twice = await emulator(new Request(`http://127.0.0.1:8787/?${encodeQuery(signed.params)}`));
    expect([twice.status, ((await twice.json()) as { Code: string; Message: string }).Message]).toEqual([400, expect.stringMatching(/"MaxResults"/)]);
    for (const body of [new Uint8Array([0x52, 0x3d, 0xff, 0xfe]), 'RegionId=%E0%A4%A']) {
      const res = await emulator(new Request('http://127.0.0.1:8787/', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
      expect([res.status, ((await res.json()) as { Code: string }).Code]).toEqual([400, 'InvalidParameter']);
    }
  });

  it('refuses a path other than /, an unsupported method, another action or version', async () => {
    const codes = async (req: Request) => {
      const res = await emulator(req);
      return [res.status, ((await res.json()) as { Code: string }).Code];
    };
    expect(await codes(new Request('http://127.0.0.1:8787/other'))).toEqual([404, 'InvalidApi.NotFound']);
    expect(await codes(new Request('http://127.0.0.1:8787/', { method: 'PUT' }))).toEqual([403, 'UnsupportedHTTPMethod']);
    expect(await codes(new Request('http://127.0.0.1:8787/', { method: 'DELETE' }))).toEqual([403, 'UnsupportedHTTPMethod']);
    const p = await prepare(target, {}, { tamper: ({ headers }) => void (headers['x-acs-action'] = 'DescribeInstances') });
    expect(await codes(new Request(p.url, p.init))).toEqual([404, 'InvalidAction.NotFound']);
    const v = await prepare(target, {}, { tamper: ({ headers }) => void (headers['x-acs-version'] = '2016-01-01') });
    expect(await codes(new Request(v.url, v.init))).toEqual([404, 'InvalidAction.NotFound']);
    expect(await codes(new Request('http://127.0.0.1:8787/?Action=DescribeImagePipelines&RegionId=cn-hangzhou'))).toEqual([400, 'MissingParameter']);
  });
});

describe('options, CORS, log, control endpoint', () => {
  it('serves explicit data, only its regions', async () => {
    const em = createEmulator({ data: { 'eu-west-1': [{ ImagePipelineId: 'ip-only', Name: 'n' }] } });
    expect(em.regions).toEqual(['eu-west-1']);
    const t = inProcess(em, { regionId: 'eu-west-1' });
    const res = await call(t, {});
    expect(ids(res.json)).toEqual(['ip-only']);
    expect((res.json as { ImagePipeline: { ImagePipelineSet: Array<{ Tags: unknown }> } }).ImagePipeline.ImagePipelineSet[0]!.Tags).toEqual({ Tag: [] });
    expect(bodyOf(await call(inProcess(em), {})).Code).toBe('InvalidRegionId.NotFound');
  });

  it.each([
    [{ pipelines: -1 }, /pipelines must be an integer/],
    [{ credentials: [] }, /credentials must be a non-empty array/],
    [{ credentials: [{ accessKeyId: 'a', accessKeySecret: '' }] }, /accessKeySecret/],
    [{ regions: ['Hangzhou'] }, /region "Hangzhou" is not a region ID/],
    [{ faultRate: 2 }, /fault rate must be a number from 0 to 1/],
    [{ faults: ['boom'] }, /unknown fault kind "boom"/],
    [{ maxBodyBytes: 0 }, /maxBodyBytes/],
  ])('refuses bad options %j', (options, message) => {
    expect(() => createEmulator(options as never)).toThrow(message);
  });

  it('uses the injected clock for timestamps and the log', async () => {
    const fixed = Date.UTC(2025, 0, 15, 8, 30, 0);
    const em = createEmulator({ now: () => new Date(fixed) });
    const t = inProcess(em, { now: () => new Date(fixed) });
    expect((await call(t, {})).status).toBe(200);
    expect(em.log[0]!.time).toBe('2025-01-15T08:30:00Z');
    const stale = await call(inProcess(em), {}, { now: new Date(fixed - 16 * 60_000) });
    expect(bodyOf(stale).Code).toBe('InvalidTimeStamp.Expired');
  });

  it('answers CORS preflights and adds CORS headers when asked', async () => {
    const em = createEmulator({ cors: true });
    const pre = await em(new Request('http://127.0.0.1:8787/', { method: 'OPTIONS', headers: { origin: 'http://app.test', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-acs-date' } }));
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('http://app.test');
    expect(pre.headers.get('access-control-allow-headers')).toBe('authorization,x-acs-date');
    const res = await call(inProcess(em, { fetch: ((u: string, i: RequestInit) => em(new Request(u, { ...i, headers: { ...(i.headers as object), origin: 'http://app.test' } }))) as never }), {});
    expect(res.headers.get('access-control-allow-origin')).toBe('http://app.test');
    expect(res.headers.get('access-control-expose-headers')).toContain('x-acs-request-id');
    expect((await createEmulator()(new Request('http://127.0.0.1:8787/', { method: 'OPTIONS' }))).status).toBe(403);
  });

  it('logs requests with credentials redacted, and never the token, signature or secret', async () => {
    const token = 'CAIS-canary-token-0001';
    const em = createEmulator();
    const t = inProcess(em, { credentials: { ...DEFAULT_CREDENTIALS, securityToken: token } });
    await call(t, { MaxResults: 3 }, { algorithm: 'v1', method: 'GET' });
    await call(t, { MaxResults: 3 });
    await call(t, {}, { algorithm: 'v1', method: 'POST', form: true, credentials: { ...DEFAULT_CREDENTIALS, accessKeySecret: 'wrong', securityToken: token } });
    expect(em.log.map((e) => [e.method, e.action, e.algorithm, e.status, e.code])).toEqual([
      ['GET', 'DescribeImagePipelines', 'v1', 200, undefined],
      ['POST', 'DescribeImagePipelines', 'v3', 200, undefined],
      ['POST', 'DescribeImagePipelines', 'v1', 400, 'SignatureDoesNotMatch'],
    ]);
    expect(em.log[0]!.params).toMatchObject({ RegionId: 'cn-hangzhou', MaxResults: '3', Signature: '[redacted]', SecurityToken: '[redacted]', AccessKeyId: DEFAULT_CREDENTIALS.accessKeyId });
    const dump = JSON.stringify(em.log);
    expect(dump).not.toContain(token);
    expect(dump).not.toContain(DEFAULT_CREDENTIALS.accessKeySecret);
  });

  it('the SignatureDoesNotMatch message carries the string-to-sign with the STS token masked', async () => {
    const token = 'CAIS+canary/token==';
    const em = createEmulator();
    const creds = { accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'wrong', securityToken: token };
    const v1 = await call(inProcess(em), {}, { algorithm: 'v1', method: 'GET', credentials: creds });
    expect(bodyOf(v1).Message).toMatch(/^Specified signature is not matched with our calculation\. server string to sign is:GET&%2F&AccessKeyId%3D/);
    const v3 = await call(inProcess(em), {}, { credentials: creds });
    expect(bodyOf(v3).Message).toMatch(/server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
    for (const r of [v1, v3]) {
      expect(r.text).not.toContain('canary');
      expect(r.text).not.toContain(encodeURIComponent(token));
    }
  });

  it('control endpoint: health, faults, log, reset', async () => {
    const em = createEmulator({ pipelines: 3 });
    const ctl = async (method: string, path: string, body?: unknown) => {
      const res = await em(new Request(`http://127.0.0.1:8787/__emulator/${path}`, { method, ...(body ? { body: JSON.stringify(body) } : {}) }));
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };
    expect((await ctl('GET', 'health')).body).toMatchObject({ ok: true, pipelines: 3 * DEFAULT_REGIONS.length });
    expect((await ctl('POST', 'faults', { queue: ['throttling', { kind: 'internal-error' }] })).body.pending).toEqual([{ kind: 'throttling' }, { kind: 'internal-error' }]);
    const t = inProcess(em);
    const first = await call(t, {});
    expect([first.status, bodyOf(first).Code, first.headers.get('x-acs-retry-after')]).toEqual([400, 'Throttling.User', '200']);
    expect([(await call(t, {})).status, (await call(t, {})).status]).toEqual([500, 200]);
    const log = (await ctl('GET', 'log')).body.entries as Array<{ fault?: string; status: number }>;
    expect(log.map((e) => [e.status, e.fault])).toEqual([[400, 'throttling'], [500, 'internal-error'], [200, undefined]]);
    expect((await ctl('GET', 'log?since=2')).body.entries).toHaveLength(1);
    expect((await ctl('POST', 'faults', { queue: ['explode'] })).status).toBe(400);
    expect((await ctl('POST', 'faults', { rate: 1, seed: 3, kinds: ['service-unavailable'] })).body.rate).toEqual({ rate: 1, seed: 3, kinds: ['service-unavailable'] });
    expect((await call(t, {})).status).toBe(503);
    expect((await ctl('GET', 'faults')).body.stats).toEqual({ injected: { throttling: 1, 'internal-error': 1, 'service-unavailable': 1 }, total: 3 });
    await ctl('POST', 'reset');
    expect(em.log).toHaveLength(0);
    expect((await call(t, {})).status).toBe(200);
    expect((await ctl('GET', 'nowhere')).status).toBe(404);
    const off = createEmulator({ control: false });
    expect((await off(new Request('http://127.0.0.1:8787/__emulator/health'))).status).toBe(404);
  });
});

export type { Emulator };
