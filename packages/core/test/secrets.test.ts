// Canary secrets through every error path of core: no message, String(), JSON.stringify or util.inspect of
// any error may contain the secret, the token or a signature, in any encoding.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeResponse } from '../src/decode.js';
import { DescribeImagePipelines } from '../src/generated/acs-operations.gen.js';
import { EcsApiError, EcsNetworkError, EcsResponseError, EcsTimeoutError, EcsValidationError } from '../src/errors.js';
import { normalizeResponse } from '../src/normalize.js';
import { redact, redactHeaders } from '../src/redact.js';
import { signV1 } from '../src/sign/v1.js';
import { signV3 } from '../src/sign/v3.js';
import { verifyV1 } from '../src/sign/verify.js';
import { checkRequest, validateRequest } from '../src/validate.js';
import { encodeQuery, parseQuery } from '../src/wire/query.js';
import { figure } from './fixtures/arbitraries.js';

const SECRET = 'CanarySecret+/=Do-Not-Leak-7f3a9c';
const TOKEN = 'CAIS+CanaryToken/STS==with&amp=specials~*';
const creds = { accessKeyId: 'LTAI5tCanaryId', accessKeySecret: SECRET, securityToken: TOKEN };
const rfc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const forms = (s: string) => [s, rfc(s), rfc(rfc(s)), encodeURIComponent(s), s.slice(4, 20)];

function views(e: unknown): string[] {
  return [String((e as Error).message), String(e), JSON.stringify(e), inspect(e, { depth: 10, showHidden: true }), inspect(e, { depth: 10 })];
}

function expectClean(e: unknown, secrets: string[] = []): void {
  for (const view of views(e)) {
    for (const s of [SECRET, TOKEN, ...secrets]) for (const form of forms(s)) expect(view).not.toContain(form);
  }
}

async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('canary secrets never leak through errors', () => {
  it('signers refuse bad input without quoting credentials', async () => {
    const base = { action: 'DescribeImagePipelines', version: '2014-05-26', timestamp: '2025-01-15T08:30:00Z', nonce: 'n' };
    expectClean(await caught(() => signV3({ ...base, method: 'POST', url: `not a url?SecurityToken=${TOKEN}`, credentials: creds })));
    expectClean(await caught(() => signV3({ ...base, method: 'POST', url: 'https://h/', credentials: { ...creds, accessKeyId: '' } })));
    expectClean(await caught(() => signV1({ ...base, method: 'GET', params: [['SecurityToken', TOKEN]], credentials: creds })));
    expectClean(await caught(() => signV1({ ...base, method: 'GET', params: [['Name', 'x\uD800']], credentials: creds })));
  });

  it('validation never quotes what looks like a credential', () => {
    const e = new EcsValidationError(checkRequest(DescribeImagePipelines, { RegionId: 'cn-hangzhou', AccessKeySecret: SECRET, SecurityToken: TOKEN, accessKeySecret: SECRET }));
    expect(e.issues.map((i) => i.parameter)).toEqual(['AccessKeySecret', 'SecurityToken', 'accessKeySecret']);
    expectClean(e);
    expectClean(caughtSync(() => validateRequest(DescribeImagePipelines, { RegionId: `x?Signature=${rfc(SECRET)}` })));
    expectClean(caughtSync(() => parseQuery(`SecurityToken=${rfc(TOKEN)}%ZZ`)));
  });

  it('service errors that echo the string-to-sign, tokens or signatures are redacted', async () => {
    const v1 = await signV1({ method: 'GET', params: [['RegionId', 'cn-hangzhou']], credentials: creds, action: 'A', version: 'V', timestamp: 't', nonce: 'n' });
    const signature = v1.params.at(-1)![1];
    const echoed = [
      { Code: 'SignatureDoesNotMatch', Message: `Specified signature is not matched with our calculation. server string to sign is:${v1.stringToSign}`, RequestId: 'R' },
      { Code: 'InvalidSecurityToken.Malformed', Message: `SecurityToken=${TOKEN} is malformed; Signature=${signature}`, RequestId: 'R', Recommend: `https://api.aliyun.com/troubleshoot?SecurityToken=${rfc(TOKEN)}` },
      { Code: 'X', Message: `{"accessKeySecret":"${SECRET}","securityToken":"${TOKEN}"}`, AccessDeniedDetail: `x-acs-security-token: ${TOKEN}` },
    ];
    for (const body of echoed) {
      const e = await caught(() => decodeResponse(DescribeImagePipelines, { status: 400, body: JSON.stringify(body) }));
      expect(e).toBeInstanceOf(EcsApiError);
      expectClean(e, [signature]);
    }
    const xml = await caught(() => decodeResponse(DescribeImagePipelines, { status: 400, body: `<Error><Code>X</Code><Message>&lt;SecurityToken&gt;${TOKEN}&lt;/SecurityToken&gt;</Message></Error>` }));
    expectClean(xml);
    const html = await caught(() => decodeResponse(DescribeImagePipelines, { status: 502, contentType: 'text/html', body: `<html>${encodeQuery(v1.params)}</html>` }));
    expect(html).toBeInstanceOf(EcsResponseError);
    expectClean(html, [signature]);
  });

  it('network causes that quote a signed URL are redacted, and the verifier hides the token in its string-to-sign', async () => {
    const v1 = await signV1({ method: 'GET', params: [], credentials: creds, action: 'A', version: 'V', timestamp: 't', nonce: 'n' });
    const url = `https://ecs.cn-hangzhou.aliyuncs.com/?${encodeQuery(v1.params)}`;
    const signature = v1.params.at(-1)![1];
    const cause = new TypeError(`Failed to parse URL from ${url}`, { cause: new Error(`connect ECONNREFUSED ${url}`) });
    expectClean(new EcsNetworkError('network failure', { cause }), [signature]);
    expectClean(new EcsTimeoutError(`timed out calling ${url}`, { cause }), [signature]);
    const res = await verifyV1({ method: 'GET', params: parseQuery(encodeQuery(v1.params)).map(([k, v]) => [k, k === 'Action' ? 'B' : v]), lookupSecret: () => SECRET });
    expect(res.ok).toBe(false);
    expectClean(new EcsResponseError(JSON.stringify(res)));
  });

  it('a type mismatch in a response does not echo a token-shaped field', () => {
    const e = caughtSync(() => normalizeResponse(DescribeImagePipelines, { RequestId: 'R', NextToken: { SecurityToken: TOKEN } }));
    expect(e).toBeInstanceOf(EcsResponseError);
    expectClean(e);
  });

  it('signed headers are safe to log through redactHeaders', async () => {
    const s = await signV3({ method: 'POST', url: 'https://h/', credentials: creds, action: 'A', version: 'V', timestamp: 't', nonce: 'n' });
    const logged = JSON.stringify(redactHeaders(s.headers));
    for (const form of forms(TOKEN)) expect(logged).not.toContain(form);
    expect(logged).not.toContain(s.headers.authorization!.split('Signature=')[1]);
  });
});

// Real tokens are base64 with punctuation; every spelling a log line, a URL, a header or a service echo gives
// them must come out hidden.
it('redact hides random tokens in every spelling (1000 tokens × 7 spellings)', async () => {
  let cases = 0;
  const tokenArb = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=&~*-_.'), minLength: 12, maxLength: 80 });
  await fc.assert(
    fc.asyncProperty(tokenArb, async (token) => {
      cases++;
      const v1 = await signV1({ method: 'GET', params: [['RegionId', 'cn-hangzhou']], credentials: { ...creds, securityToken: token }, action: 'A', version: 'V', timestamp: 't', nonce: 'n' });
      const texts = [
        `GET https://h/?${encodeQuery(v1.params)} 400`,
        `server string to sign is:${v1.stringToSign}`,
        `x-acs-security-token: ${token}\r\nx-acs-date: t`,
        JSON.stringify({ securityToken: token, other: 1 }),
        inspect({ credentials: { securityToken: token, accessKeyId: 'id' } }),
        `<SecurityToken>${token}</SecurityToken>`,
        JSON.stringify({ headers: { 'x-acs-security-token': token, 'x-acs-date': 't' } }),
      ];
      for (const t of texts) {
        const out = redact(t);
        for (const form of [token, rfc(token), rfc(rfc(token))]) expect(out).not.toContain(form);
      }
    }),
    { numRuns: 1000 },
  );
  figure('redaction of random tokens in 7 spellings each', cases);
});

function caughtSync(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}
