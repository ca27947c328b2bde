// End to end against Alibaba's own signing code: a loopback server that judges every request the client puts
// on the wire with @alicloud/openapi-core and @alicloud/openapi-util (devDependencies of the tests only), as
// the service would. Core's property tests compare signatures as strings; this one checks what arrives after
// URL building, fetch or node:http, header spelling and retries: every action of the spec, both entries (edge
// on the global fetch, Node on node:http), GET and POST, V3 and V1, with and without an STS token, through
// the client's method, the standalone command on a bare client, and `send`, with awkward values everywhere.
// The requests are generated from each action's own rules (strings, enums, patterns with look-aheads, integers
// across their range, booleans, repeat lists, flat structs holding lists of objects), so a new action or
// parameter is covered without editing this file. A write with an idempotency token gets its ClientToken from
// the client; the judge checks it is one UUID on every attempt. A write without one is retried after
// throttling (it is not retried after a 503: see retry-safety.test.ts).
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { type Action, type Credentials, type OperationSpec, operations, toWireParams } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figure, leafOf, text, token, validRequest, wireLeaves } from '../../core/test/fixtures/arbitraries.js';
import { openapiCore, openapiUtil } from '../../core/test/fixtures/official.js';
import * as edge from '../src/index.js';
import * as node from '../src/node/index.js';
import { INPUTS } from './helpers/write-answers.js';

const RUNS = Number(process.env.OFFICIAL_VERIFY_RUNS ?? 100);
const V1_COMMON = ['Action', 'Version', 'Format', 'AccessKeyId', 'SecurityToken', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp'];
const ACTIONS = Object.keys(operations) as Action[];

interface Judged {
  method: string;
  version: 'v3' | 'v1';
  /** The action and API version the request named (header or query). */
  action: string;
  apiVersion: string;
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
/** When set, the next request is answered 503 (and the flag cleared), so the client's retry is judged too. */
let failNext = false;

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
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(headers['x-acs-date'] ?? '')) problems.push('x-acs-date is not ISO 8601 UTC without milliseconds');
    const [action, apiVersion] = [headers['x-acs-action'] ?? '', headers['x-acs-version'] ?? ''];
    return { method, version: 'v3', action, apiVersion, params: query, nonce: headers['x-acs-signature-nonce'] ?? '', problems };
  }
  const { Signature: signature = '', ...signed } = query;
  const secret = secrets.get(signed.AccessKeyId ?? '') ?? '';
  for (const [name, signer] of [['openapi-core', openapiCore], ['openapi-util', openapiUtil]] as const) {
    if (signer.getRPCSignature(signed, method, secret) !== signature) problems.push(`V1 signature refused by ${name}`);
  }
  if (signed.SignatureMethod !== 'HMAC-SHA1' || signed.SignatureVersion !== '1.0' || signed.Format !== 'JSON') problems.push('wrong V1 common parameters');
  const params = Object.fromEntries(Object.entries(signed).filter(([k]) => !V1_COMMON.includes(k)));
  return { method, version: 'v1', action: signed.Action ?? '', apiVersion: signed.Version ?? '', params, nonce: signed.SignatureNonce ?? '', problems };
}

let server: http.Server;
let endpoint = '';
beforeAll(async () => {
  // A CreateImagePipeline with every list at its limit makes a URL far over Node's default 16 KiB of headers.
  server = http.createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
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
      const op = (operations as Record<string, OperationSpec>)[j.action];
      if (!op) return send(400, { Code: 'InvalidAction.NotFound', Message: `unknown action ${j.action}` });
      if (failNext) {
        failNext = false;
        // A fault the action is retried after: a 503 for reads and token-bearing writes, throttling for the others.
        return op.readOnly || op.idempotencyToken ? send(503, { Code: 'ServiceUnavailable', Message: 'scripted' }) : send(400, { Code: 'Throttling.User', Message: 'scripted' });
      }
      // An empty page of a read, the RequestId alone for a write (what arrived is judged from `judged`, where the
      // server decoded it).
      const items = op.pagination?.items;
      send(200, items ? { TotalCount: 0, [items[0]]: { [items[1]]: [] } } : {});
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

/** The camel-case name of an action's method and standalone command (`describeImagePipelines`). */
const commandName = (action: string) => action[0]!.toLowerCase() + action.slice(1);

const entries = { edge, node } as const;
type Via = 'method' | 'command' | 'send';

/** One call of `op` through the chosen surface of `entry`. */
function call(entry: typeof edge, via: Via, options: edge.ClientOptions, op: OperationSpec, input: object) {
  const name = commandName(op.action);
  if (via === 'method') return (entry.createClient(options) as unknown as Record<string, (i: object) => Promise<edge.Output<Action>>>)[name]!(input);
  if (via === 'send') return entry.createBareClient(options).send(op as never, input as never);
  const command = (entry as unknown as Record<string, (c: edge.BareClient, i: object) => Promise<edge.Output<Action>>>)[name]!;
  return command(entry.createBareClient(options), input);
}

/** Per action, how often each parameter was sent, by wire leaf (`Tag.N.Key`, `ImageOptions.ImageTags.N.Key`): every leaf must have been tried. */
const coverage = new Map<string, Map<string, number>>();

describe.each(ACTIONS)('%s', (action) => {
  const op: OperationSpec = operations[action];

  it('has a method on the full client and a standalone command, in both entries', () => {
    for (const entry of [edge, node]) {
      expect(typeof (entry.createClient({ credentials: { accessKeyId: 'a', accessKeySecret: 'b' } }) as unknown as Record<string, unknown>)[commandName(action)]).toBe('function');
      expect(typeof (entry as unknown as Record<string, unknown>)[commandName(action)]).toBe('function');
    }
  });

  describe.each(['edge', 'node'] as const)('the %s entry', (entry) => {
    describe.each(['v3', 'v1'] as const)('signature %s', (version) => {
      it.each(['GET', 'POST'] as const)(`%s: ${RUNS} awkward requests pass Alibaba's own verification, values intact`, async (method) => {
        let runs = 0;
        const sent = coverage.get(action) ?? new Map<string, number>();
        coverage.set(action, sent);
        await fc.assert(
          fc.asyncProperty(validRequest(op), credentialsFor(version), fc.boolean(), fc.constantFrom<Via>('method', 'command', 'send'), async (input, credentials, flaky, via) => {
            runs++;
            for (const leaf of new Set(toWireParams(input).map(([name]) => leafOf(name)))) sent.set(leaf, (sent.get(leaf) ?? 0) + 1);
            secrets = new Map([[credentials.accessKeyId, credentials.accessKeySecret]]);
            const options = { credentials, endpoint, signatureVersion: version, method, retry: { baseDelayMs: 1 } } as const;
            const before = judged.length;
            failNext = flaky;
            const page = await call(entries[entry], via, options, op, input);
            const seen = judged.slice(before);
            expect(seen.flatMap((j) => j.problems)).toEqual([]);
            expect(seen.map((j) => [j.method, j.version, j.action, j.apiVersion])).toEqual(seen.map(() => [method, version, op.action, op.version]));
            expect(page.$metadata.attempts).toBe(flaky ? 2 : 1);
            // A retry is signed afresh: a new nonce, and still valid.
            expect(new Set(seen.map((j) => j.nonce)).size).toBe(seen.length);
            // A token-bearing write carries the caller's ClientToken or the one the client filled in: the same on
            // every attempt.
            const tokenName = op.idempotencyToken;
            const given = tokenName && (input as Record<string, unknown>)[tokenName];
            const tokens = tokenName ? seen.map((j) => j.params[tokenName]) : [];
            if (tokenName) {
              expect(new Set(tokens).size).toBe(1);
              expect(tokens[0]).toEqual(given ?? expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
            }
            // Every value arrived exactly as given, on every attempt (no normalization, no lost `+`, `*`, `~` or emoji).
            const wire = Object.fromEntries(toWireParams(tokenName ? { ...input, [tokenName]: tokens[0] } : input));
            for (const j of seen) expect(j.params).toEqual(wire);
          }),
          { numRuns: RUNS },
        );
        figure(`${action} ${entry} ${version} ${method} requests verified by Alibaba's signers`, runs);
      });
    });
  });

  it("sent every one of the action's parameters, nested fields included", () => {
    const sent = coverage.get(action)!;
    expect(wireLeaves(op.request).filter((leaf) => !(sent.get(leaf)! > 0))).toEqual([]);
    console.log(`${action}: parameters sent ${[...sent].map(([k, n]) => `${k}×${n}`).join(', ')}`);
  });
});

it("the judge is real: a request signed with another secret is refused by Alibaba's signers, in both versions, for every action", async () => {
  secrets = new Map([['LTAIjudge', 'the-right-secret']]);
  for (const op of Object.values(operations)) {
    for (const signatureVersion of ['v3', 'v1'] as const) {
      const client = node.createBareClient({ credentials: { accessKeyId: 'LTAIjudge', accessKeySecret: 'a-wrong-secret' }, endpoint, signatureVersion, regionId: 'cn-hangzhou' });
      const input = INPUTS[op.action as Action];
      await expect(client.send(op as never, input as never)).rejects.toMatchObject({ code: 'SignatureDoesNotMatch', httpStatus: 400, retryable: false });
    }
  }
});
