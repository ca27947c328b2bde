// The signers' injectable primitives: any SignCrypto that computes the same hashes gives the same signature,
// synchronous or not, and wire parameters handed over spare the query parse without changing the result.
import { describe, expect, it } from 'vitest';
import { type SignCrypto, webCrypto } from '../src/sign/crypto.js';
import { signV1 } from '../src/sign/v1.js';
import { signV3 } from '../src/sign/v3.js';
import { decodeResponse } from '../src/decode.js';
import { DescribeImagePipelines } from '../src/generated/acs-operations.gen.js';
import { normalizeResponse } from '../src/normalize.js';

const credentials = { accessKeyId: 'AKID', accessKeySecret: 'secret', securityToken: 'tok+/=' };
const common = { credentials, action: 'DescribeImagePipelines', version: '2014-05-26', timestamp: '2025-01-15T08:30:00Z', nonce: 'n0nce' };
const url = 'https://ecs.cn-hangzhou.aliyuncs.com/?MaxResults=10&RegionId=cn-hangzhou&Name=a%20b%2Bc';

// A SignCrypto that records its calls and answers from WebCrypto (awaited, so every result is a plain string).
function recording(): SignCrypto & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    sha256Hex: (d) => (calls.push('sha256'), webCrypto.sha256Hex(d)),
    hmac: (h, k, d, e) => (calls.push(`hmac ${h} ${e}`), webCrypto.hmac(h, k, d, e)),
  };
}

describe('injected crypto', () => {
  it('signV3 uses the given primitives and signs exactly as WebCrypto does', async () => {
    const c = recording();
    const plain = await signV3({ method: 'GET', url, ...common });
    const injected = await signV3({ method: 'GET', url, ...common, crypto: c });
    expect(injected).toEqual(plain);
    expect(c.calls).toEqual(['sha256', 'hmac SHA-256 hex']);
  });

  it('signV3 hashes a non-empty body with the given primitives', async () => {
    const c = recording();
    const injected = await signV3({ method: 'POST', url, body: 'a=1', ...common, crypto: c });
    expect(injected).toEqual(await signV3({ method: 'POST', url, body: 'a=1', ...common }));
    expect(c.calls[0]).toBe('sha256');
    expect(c.calls).toHaveLength(3);
  });

  it('signV3 with the wire parameters of the URL signs as if it had parsed them', async () => {
    const params: Array<[string, string]> = [['MaxResults', '10'], ['RegionId', 'cn-hangzhou'], ['Name', 'a b+c']];
    expect(await signV3({ method: 'GET', url, params, ...common })).toEqual(await signV3({ method: 'GET', url, ...common }));
  });

  it('signV1 uses the given primitives and signs exactly as WebCrypto does', async () => {
    const c = recording();
    const req = { method: 'GET', params: [['RegionId', 'cn-hangzhou']] as Array<[string, string]>, ...common };
    expect(await signV1({ ...req, crypto: c })).toEqual(await signV1(req));
    expect(c.calls).toEqual(['hmac SHA-1 base64']);
  });

  it('webCrypto hex and base64 HMACs match the known RFC 4231 vector', async () => {
    const key = '\x0b'.repeat(20);
    expect(await webCrypto.hmac('SHA-256', key, 'Hi There', 'hex')).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
    expect(await webCrypto.sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('decoding without copying the body', () => {
  it('parses bodies wrapped in whitespace JSON.parse does not skip (a no-break space)', () => {
    expect(decodeResponse(DescribeImagePipelines, { status: 200, body: `\u00a0{"RequestId":"R"}\u00a0` })).toEqual({ RequestId: 'R' });
    expect(decodeResponse(DescribeImagePipelines, { status: 200, body: `\uFEFF\n{"RequestId":"R"}\n` })).toEqual({ RequestId: 'R' });
  });

  it('keeps a hostile __proto__ field as plain data, never as the prototype', () => {
    const out = normalizeResponse(DescribeImagePipelines, JSON.parse('{"RequestId":"R","__proto__":{"polluted":true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ polluted: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('still refuses out-of-range and non-integer numbers on the fast path', () => {
    expect(() => normalizeResponse(DescribeImagePipelines, { RequestId: 'R', TotalCount: 1.5 })).toThrow(/TotalCount/);
    expect(() => normalizeResponse(DescribeImagePipelines, { RequestId: 'R', TotalCount: Number.POSITIVE_INFINITY })).toThrow(/TotalCount/);
  });
});
