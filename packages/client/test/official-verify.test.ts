// End to end against Alibaba's own signing code: a loopback server that judges every request the client puts
// on the wire with @alicloud/openapi-core and @alicloud/openapi-util (devDependencies of the tests only), as
// the service would. Core's property tests compare signatures as strings; this one checks what arrives after
// URL building, fetch or node:http, header spelling and retries: both entries (edge on the global fetch,
// Node on node:http), GET and POST, V3 and V1, with and without an STS token, awkward values everywhere.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { checkRequest, type Credentials, type DescribeImagePipelinesRequest, toWireParams } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figure, request, text, token } from '../../core/test/fixtures/arbitraries.js';
import { openapiCore, openapiUtil } from '../../core/test/fixtures/official.js';
import { createClient as createEdgeClient } from '../src/index.js';
import { createClient as createNodeClient } from '../src/node/index.js';

const RUNS = Number(process.env.OFFICIAL_VERIFY_RUNS ?? 100);
const V1_COMMON = ['Action', 'Version', 'Format', 'AccessKeyId', 'SecurityToken', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp'];

interface Judged {
  method: string;
  version: 'v3' | 'v1';
  /** The API parameters as the server decoded them (common parameters removed). */
  params: Record<string, string>;
  nonce: string;
  problems: string[];
}

/** Decodes a query strictly: `%XX` only (a raw `+` stays a plus, as the client never sends one for a space). */
function decodeQuery(query: string): Array<[string, string]> {
  return query
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=');
      return [decodeURIComponent(eq < 0 ? part : part.slice(0, eq)), eq < 0 ? '' : decodeURIComponent(part.slice(eq + 1))];
    });
}

let secrets = new Map<string, string>();
const judged: Judged[] = [];
/** Answers 503 to the first attempt of requests whose Name starts with this, so the retry is judged too. */
const FLAKY = 'retry-me';
const failedOnce = new Set<string>();

/** The server: every request judged with both official signers; a bad one gets the service's error. */
function judge(req: http.IncomingMessage, body: string): Judged {
  const method = req.method!;
  const url = new URL(req.url!, 'http://placeholder');
  const pairs = decodeQuery(url.search.slice(1));
  if (method === 'POST' && /x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')) pairs.push(...decodeQuery(body));
  const query = Object.fromEntries(pairs);
  const problems: string[] = [];
  if (pairs.length !== Object.keys(query).length) problems.push('a parameter arrived twice');
  const auth = req.headers.authorization;
  if (auth) {
    const id = /Credential=([^,]*)/.exec(auth)?.[1] ?? '';
    const secret = secrets.get(id) ?? '';
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    const payload = createHash('sha256').update(body).digest('hex');
    if (headers['x-acs-content-sha256'] !== payload) problems.push('x-acs-content-sha256 is not the hash of the body');
    const official = { method, pathname: url.pathname, query, headers };
    for (const [name, signer] of [['openapi-core', openapiCore], ['openapi-util', openapiUtil]] as const) {
      if (signer.getAuthorization(official, 'ACS3-HMAC-SHA256', payload, id, secret) !== auth) problems.push(`V3 signature refused by ${name}`);
    }
    if (headers['x-acs-action'] !== 'DescribeImagePipelines' || headers['x-acs-version'] !== '2014-05-26') problems.push('wrong action or version');
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(headers['x-acs-date'] ?? '')) problems.push('x-acs-date is not ISO 8601 UTC without milliseconds');
    return { method, version: 'v3', params: query, nonce: headers['x-acs-signature-nonce'] ?? '', problems };
  }
  const { Signature: signature = '', ...signed } = query;
  const secret = secrets.get(signed.AccessKeyId ?? '') ?? '';
  for (const [name, signer] of [['openapi-core', openapiCore], ['openapi-util', openapiUtil]] as const) {
    if (signer.getRPCSignature(signed, method, secret) !== signature) problems.push(`V1 signature refused by ${name}`);
  }
  if (signed.SignatureMethod !== 'HMAC-SHA1' || signed.SignatureVersion !== '1.0' || signed.Format !== 'JSON') problems.push('wrong V1 common parameters');
  if (signed.Action !== 'DescribeImagePipelines' || signed.Version !== '2014-05-26') problems.push('wrong action or version');
  const params = Object.fromEntries(Object.entries(signed).filter(([k]) => !V1_COMMON.includes(k)));
  return { method, version: 'v1', params, nonce: signed.SignatureNonce ?? '', problems };
}

let server: http.Server;
let endpoint = '';
beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const j = judge(req, body);
      judged.push(j);
      const requestId = `req-${judged.length}`;
      const send = (status: number, data: object) => {
        res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
        res.end(JSON.stringify({ RequestId: requestId, ...data }));
      };
      if (j.problems.length) return send(400, { Code: 'SignatureDoesNotMatch', Message: j.problems.join('; ') });
      const name = j.params.Name ?? '';
      if (name.startsWith(FLAKY) && !failedOnce.has(name)) {
        failedOnce.add(name);
        return send(503, { Code: 'ServiceUnavailable', Message: 'scripted' });
      }
      // Echo the decoded filters back, so the test sees what the server saw.
      send(200, { TotalCount: 1, ImagePipeline: { ImagePipelineSet: [{ ImagePipelineId: 'ip-1', Name: name, Description: JSON.stringify(j.params) }] } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const headerSafe = (s: string) => /^[\x21-\x7e]+$/.test(s);
// What the client accepts as a key ID, secret or token: not blank, no control characters.
const usable = (s: string) => /\S/.test(s) && !/[\0-\x1f\x7f]/.test(s);

/** Valid requests (the client refuses the others before sending), awkward in every value. */
const validRequest: fc.Arbitrary<DescribeImagePipelinesRequest> = request
  .map((r) => ({ ...r, RegionId: 'cn-hangzhou', MaxResults: r.MaxResults === undefined ? undefined : (Math.abs(r.MaxResults) % 500) + 1 }))
  .filter((r) => checkRequest(r).length === 0);

const credentialsFor = (version: 'v3' | 'v1'): fc.Arbitrary<Credentials> =>
  fc.record(
    {
      accessKeyId: fc.stringMatching(/^LTAI[A-Za-z0-9]{4,20}$/),
      accessKeySecret: fc.oneof(fc.stringMatching(/^[A-Za-z0-9]{30}$/), text.filter(usable)),
      // V3 sends the token in a header (visible ASCII only); V1 in the query (any text).
      securityToken: token.filter((s) => usable(s) && (version === 'v1' || headerSafe(s))),
    },
    { requiredKeys: ['accessKeyId', 'accessKeySecret'] },
  );

const entries = { edge: createEdgeClient, node: createNodeClient } as const;

describe.each(['edge', 'node'] as const)('the %s entry', (entry) => {
  describe.each(['v3', 'v1'] as const)('signature %s', (version) => {
    it.each(['GET', 'POST'] as const)(`%s: ${RUNS} awkward requests pass Alibaba's own verification, values intact`, async (method) => {
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(validRequest, credentialsFor(version), fc.boolean(), async (input, credentials, flaky) => {
          runs++;
          const flakyInput = flaky ? { ...input, Name: `${FLAKY}-${entry}-${version}-${method}-${runs}` } : input;
          secrets = new Map([[credentials.accessKeyId, credentials.accessKeySecret]]);
          const client = entries[entry]({ credentials, endpoint, signatureVersion: version, method, retry: { baseDelayMs: 1 } });
          const before = judged.length;
          const page = await client.describeImagePipelines(flakyInput);
          const seen = judged.slice(before);
          expect(seen.flatMap((j) => j.problems)).toEqual([]);
          expect(seen.map((j) => [j.method, j.version])).toEqual(seen.map(() => [method, version]));
          expect(page.$metadata.attempts).toBe(flaky ? 2 : 1);
          // A retry is signed afresh: a new nonce, and still valid.
          expect(new Set(seen.map((j) => j.nonce)).size).toBe(seen.length);
          // Every value arrived exactly as given (no normalization, no lost `+`, `*`, `~` or emoji).
          expect(JSON.parse(page.ImagePipeline.ImagePipelineSet[0]!.Description!)).toEqual(Object.fromEntries(toWireParams(flakyInput)));
        }),
        { numRuns: RUNS },
      );
      figure(`${entry} ${version} ${method} requests verified by Alibaba's signers`, runs);
    });
  });
});

it("the judge is real: a request signed with another secret is refused by Alibaba's signers, in both versions", async () => {
  secrets = new Map([['LTAIjudge', 'the-right-secret']]);
  for (const signatureVersion of ['v3', 'v1'] as const) {
    const client = createNodeClient({ credentials: { accessKeyId: 'LTAIjudge', accessKeySecret: 'a-wrong-secret' }, endpoint, signatureVersion, regionId: 'cn-hangzhou' });
    await expect(client.describeImagePipelines({})).rejects.toMatchObject({ code: 'SignatureDoesNotMatch', httpStatus: 400, retryable: false });
  }
});
