// Our WebCrypto signers against Alibaba's own code on random requests: unicode (emoji, NFD), every ASCII
// punctuation character, empty values, 20 tags, tokens with +/=.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { signV1 } from '../src/sign/v1.js';
import { signV3 } from '../src/sign/v3.js';
import type { Credentials } from '../src/types.js';
import { toWireParams } from '../src/wire/flatten.js';
import { encodeQuery } from '../src/wire/query.js';
import { figure, request, text, token } from './fixtures/arbitraries.js';
import { openapiCore, openapiUtil } from './fixtures/official.js';

const RUNS = 1000;

const credentials: fc.Arbitrary<Credentials> = fc.record(
  {
    accessKeyId: fc.stringMatching(/^[A-Za-z0-9]{1,24}$/),
    accessKeySecret: fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{30}$/), text.filter((s) => s !== '')),
    securityToken: token.filter((s) => s !== ''),
  },
  { requiredKeys: ['accessKeyId', 'accessKeySecret'] },
);
const method = fc.constantFrom('GET', 'POST');
const stamp = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().replace(/\.\d{3}Z$/, 'Z'));
const nonce = fc.oneof(fc.stringMatching(/^[0-9a-f]{32}$/), token);
const host = fc.constantFrom('ecs.cn-hangzhou.aliyuncs.com', 'ecs-cn-hangzhou.aliyuncs.com', '127.0.0.1:47831', 'localhost:8080');
const extraHeaders = fc.dictionary(
  fc.constantFrom('x-acs-credentials-provider', 'X-Acs-Accesskey-Id', 'user-agent', 'accept', 'content-type', 'x-acs-custom'),
  fc.oneof(text, token),
  { maxKeys: 4 },
);

// V3 puts the key ID, token, nonce and time in headers, which take visible ASCII only (signV3 refuses the rest).
const headerSafe = (s: string) => /^[\x21-\x7e]+$/.test(s);
const v3Credentials = credentials.map((c) => (c.securityToken === undefined || headerSafe(c.securityToken) ? c : { ...c, securityToken: 'CAIS+fake/STS==token&with=specials~*' }));
const v3Nonce = nonce.map((n) => (headerSafe(n) ? n : 'n0nce+/='));

it(`V3 (ACS3-HMAC-SHA256) Authorization equals @alicloud/openapi-core and @alicloud/openapi-util on ${RUNS} random requests`, async () => {
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(request, v3Credentials, method, host, stamp, v3Nonce, extraHeaders, fc.option(text), async (input, creds, m, h, ts, n, extra, body) => {
      cases++;
      const query = toWireParams(input);
      const qs = encodeQuery(query);
      const out = await signV3({
        method: m,
        url: `http://${h}/${qs ? `?${qs}` : ''}`,
        headers: extra,
        ...(body === null ? {} : { body }),
        credentials: creds,
        action: 'DescribeImagePipelines',
        version: '2014-05-26',
        timestamp: ts,
        nonce: n,
      });
      const payload = createHash('sha256').update(body ?? '', 'utf8').digest('hex');
      expect(out.headers['x-acs-content-sha256']).toBe(payload);
      const { authorization, ...sent } = out.headers;
      const official = { method: m, pathname: '/', query: Object.fromEntries(query), headers: { host: h, ...sent } };
      const args = ['ACS3-HMAC-SHA256', payload, creds.accessKeyId, creds.accessKeySecret] as const;
      expect(authorization).toBe(openapiCore.getAuthorization(official, ...args));
      expect(authorization).toBe(openapiUtil.getAuthorization(official, ...args));
    }),
    { numRuns: RUNS },
  );
  figure('V3 signatures equal to Alibaba openapi-core and openapi-util', cases);
});

it(`V1 (HMAC-SHA1) Signature equals @alicloud/openapi-core and @alicloud/openapi-util on ${RUNS} random requests`, async () => {
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(request, credentials, method, stamp, nonce, fc.constantFrom('JSON', 'XML') as fc.Arbitrary<'JSON' | 'XML'>, async (input, creds, m, ts, n, format) => {
      cases++;
      const out = await signV1({
        method: m,
        params: toWireParams(input),
        credentials: creds,
        action: 'DescribeImagePipelines',
        version: '2014-05-26',
        timestamp: ts,
        nonce: n,
        format,
      });
      const signed = Object.fromEntries(out.params.filter(([k]) => k !== 'Signature'));
      expect(Object.keys(signed)).toHaveLength(out.params.length - 1);
      const signature = out.params.find(([k]) => k === 'Signature')?.[1];
      expect(signature).toBe(openapiCore.getRPCSignature(signed, m, creds.accessKeySecret));
      expect(signature).toBe(openapiUtil.getRPCSignature(signed, m, creds.accessKeySecret));
    }),
    { numRuns: RUNS },
  );
  figure('V1 signatures equal to Alibaba openapi-core and openapi-util', cases);
});
