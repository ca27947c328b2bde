// Every golden vector computed by Alibaba's own packages (signature-vectors.sample.json), through our signers.
import { describe, expect, it } from 'vitest';
import { formatTimestamp, randomNonce, sha256Hex, timingSafeEqual } from '../src/sign/crypto.js';
import { signV1 } from '../src/sign/v1.js';
import { signV3 } from '../src/sign/v3.js';
import type { DescribeImagePipelinesRequest } from '../src/generated/acs-operations.gen.js';
import type { Credentials } from '../src/types.js';
import { toWireParams } from '../src/wire/flatten.js';
import { encodeQuery } from '../src/wire/query.js';
import { type V3Vector, v1Vectors, v3Vectors } from './fixtures/vectors.js';

const creds = (i: { accessKeyId: string; accessKeySecret: string; securityToken: string | null }): Credentials => ({
  accessKeyId: i.accessKeyId,
  accessKeySecret: i.accessKeySecret,
  ...(i.securityToken ? { securityToken: i.securityToken } : {}),
});

describe('HMAC-SHA1 (V1) vectors', () => {
  it.each(v1Vectors.map((v) => [v.id, v] as const))('%s', async (_id, v) => {
    const i = v.inputs;
    const out = await signV1({
      method: i.method,
      params: toWireParams(i.apiParams as DescribeImagePipelinesRequest),
      credentials: creds(i),
      action: i.action,
      version: i.version,
      timestamp: i.timestamp,
      nonce: i.signatureNonce,
      format: i.format,
    });
    const params = Object.fromEntries(out.params);
    const { Signature, ...signed } = params;
    expect(signed).toEqual(v.expected.signedParams);
    expect(out.params).toHaveLength(Object.keys(v.expected.signedParams).length + 1);
    expect(out.stringToSign).toBe(v.expected.stringToSign);
    expect(Signature).toBe(v.expected.signature);
    expect(encodeQuery([['Signature', Signature!]])).toBe(`Signature=${v.expected.signatureUrlEncoded}`);
  });
});

// The URL a client would send for a vector: its host (port included) and the query in wire form.
export function vectorUrl(v: V3Vector): string {
  const query = encodeQuery(toWireParams((v.inputs.queryParams ?? {}) as DescribeImagePipelinesRequest));
  const scheme = v.inputs.host.includes(':') ? 'http' : 'https';
  return `${scheme}://${v.inputs.host}${v.inputs.pathname}${query ? `?${query}` : ''}`;
}

describe('ACS3-HMAC-SHA256 (V3) vectors', () => {
  it.each(v3Vectors.map((v) => [v.id, v] as const))('%s', async (_id, v) => {
    const i = v.inputs;
    // Headers the caller adds itself (user-agent, x-acs-credentials-provider, x-acs-accesskey-id, …).
    const extra = Object.fromEntries(Object.entries(i.headers).filter(([k]) => !/^(host|x-acs-(action|version|date|signature-nonce|content-sha256|security-token))$/.test(k)));
    const out = await signV3({
      method: i.method,
      url: vectorUrl(v),
      headers: extra,
      body: v.expected.body,
      credentials: creds(i),
      action: i.action,
      version: i.version,
      timestamp: i.timestamp,
      nonce: i.signatureNonce,
    });
    expect(out.canonicalRequest).toBe(v.expected.canonicalRequest);
    expect(out.stringToSign).toBe(v.expected.stringToSign);
    expect(out.headers.authorization).toBe(v.expected.authorization);
    expect(out.headers['x-acs-content-sha256']).toBe(v.expected.hashedPayload);
    expect(out.headers).not.toHaveProperty('host');
    const { authorization, ...sent } = out.headers;
    const { host, ...expectedSent } = i.headers;
    expect(sent).toEqual(expectedSent);
  });
});

describe('crypto helpers', () => {
  it('formats timestamps without milliseconds and refuses an invalid date', () => {
    expect(formatTimestamp(new Date(Date.UTC(2025, 0, 15, 8, 30, 0, 999)))).toBe('2025-01-15T08:30:00Z');
    expect(() => formatTimestamp(new Date('nope'))).toThrow(/timestamp/);
  });

  it('makes 32-hex-character nonces that differ', () => {
    const a = randomNonce();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(randomNonce()).not.toBe(a);
  });

  it('hashes the empty body to the constant of the docs', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('timingSafeEqual', () => {
    expect(timingSafeEqual('abc', 'abc')).toBe(true);
    expect(timingSafeEqual('abc', 'abd')).toBe(false);
    expect(timingSafeEqual('abc', 'ab')).toBe(false);
    expect(timingSafeEqual('', '')).toBe(true);
    expect(timingSafeEqual('é', 'e\u0301')).toBe(false);
  });

  it('refuses unusable credentials without quoting them', async () => {
    const base = { method: 'POST', url: 'https://h/', action: 'A', version: 'V', timestamp: 't', nonce: 'n' };
    await expect(signV3({ ...base, credentials: { accessKeyId: 'id', accessKeySecret: '' } })).rejects.toThrow(/credentials\.accessKeySecret must not be empty/);
    await expect(signV1({ ...base, params: [], credentials: { accessKeyId: '', accessKeySecret: 'canary-secret' } })).rejects.toThrow(/credentials\.accessKeyId/);
    await expect(signV1({ ...base, params: [['Signature', 'x']], credentials: { accessKeyId: 'i', accessKeySecret: 's' } })).rejects.toThrow(/Signature is a common parameter/);
    await expect(signV3({ ...base, url: 'not a url', credentials: { accessKeyId: 'i', accessKeySecret: 's' } })).rejects.toThrow(/url is not an absolute URL/);
    // fetch would throw a bare TypeError on these header values; the signer names them instead.
    await expect(signV3({ ...base, credentials: { accessKeyId: 'LTAI…', accessKeySecret: 's', securityToken: 'tok en' } })).rejects.toThrow(
      /credentials\.accessKeyId has the wrong format \(allowed: visible ASCII characters \(it is sent in an HTTP header\)\); credentials\.securityToken has the wrong format/,
    );
  });
});

// The five requests the official @alicloud/ecs20140526 client put on the wire (official-sdk-wire.md §2).
describe('official SDK wire captures', () => {
  const input: DescribeImagePipelinesRequest = {
    RegionId: 'cn-hangzhou',
    ImagePipelineId: ['ip-2ze5tsl5bp6nf2b3****', 'ip-second'],
    Tag: [{ Key: 'env', Value: 'a b*c~d' }, { Key: '部门', Value: '研发+/=&' }, { Key: 'empty', Value: '' }],
    Name: 'my pipeline',
    ResourceGroupId: 'rg-bp67acfmxazb4p****',
    NextToken: 'AAAAAdDWBF2+/=',
    MaxResults: 10,
  };
  const token = 'CAIS+fake/STS==token&with=specials~*';
  const base = { accessKeyId: 'testid', accessKeySecret: 'testsecret' };
  const nonce = (n: number) => `0123456789abcdef0123456789abcd0${n}`;

  it.each([
    ['v3-default-ak', 1, undefined, 'd02e4a4e4cba0a9a2bc011e9b8b449ab216e23ac4d740ca2d41b27bcb6d0ab18'],
    ['v3-default-sts', 2, token, '0e4da03cec50a8396a4fa0e7235be16d7c1ee6f638120bbb27c2137b2c029e4c'],
    ['v3-explicit', 3, undefined, 'db359df5690c22fdf8c55f927ef8ad41e02fc934dc0d62c13cb817c3d95c7503'],
  ])('%s', async (_id, n, securityToken, signature) => {
    const headers: Record<string, string> = { 'x-acs-credentials-provider': securityToken ? 'static_sts' : 'static_ak', 'user-agent': 'AlibabaCloud', accept: 'application/json' };
    if (securityToken) headers['x-acs-accesskey-id'] = 'testid';
    const out = await signV3({
      method: 'POST',
      url: `http://127.0.0.1:47831/?${encodeQuery(toWireParams(input))}`,
      headers,
      credentials: { ...base, ...(securityToken ? { securityToken } : {}) },
      action: 'DescribeImagePipelines',
      version: '2014-05-26',
      timestamp: '2025-01-15T08:30:00Z',
      nonce: nonce(n),
    });
    expect(out.headers.authorization).toMatch(new RegExp(`,Signature=${signature}$`));
  });

  it.each([
    ['v1-ak', 4, undefined, 'vRP8dstAjsMPQYQV09ciQVasn0U='],
    ['v1-sts', 5, token, 'Hl1SsomkeedrNxc3Nm99LL2+nmc='],
  ])('%s (Format=json in lower case, as the SDK sends it)', async (_id, n, securityToken, signature) => {
    const out = await signV1({
      method: 'POST',
      params: toWireParams(input),
      credentials: { ...base, ...(securityToken ? { securityToken } : {}) },
      action: 'DescribeImagePipelines',
      version: '2014-05-26',
      timestamp: '2025-01-15T08:30:00Z',
      nonce: nonce(n),
      format: 'json' as 'JSON',
    });
    expect(out.params.at(-1)).toEqual(['Signature', signature]);
  });
});
