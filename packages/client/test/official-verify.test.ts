// End to end against Alibaba's own signing code: a loopback server that judges every request the client puts
// on the wire with @alicloud/openapi-core and @alicloud/openapi-util (devDependencies of the tests only), as
// the service would. Core's property tests compare signatures as strings; this one checks what arrives after
// URL building, fetch or node:http, header spelling and retries: every action of the spec, both entries (edge
// on the global fetch, Node on node:http), GET and POST, V3 and V1, with and without an STS token, through
// the client's method, the standalone command on a bare client, and `send`, with awkward values everywhere.
// The requests are generated from each action's own rules (strings, enums, patterns, repeat lists), so a new
// action or parameter is covered without editing this file.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { type Action, checkRequest, type Credentials, type OperationSpec, operations, type SchemaNode, toWireParams } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figure, text, token } from '../../core/test/fixtures/arbitraries.js';
import { openapiCore, openapiUtil } from '../../core/test/fixtures/official.js';
import * as edge from '../src/index.js';
import * as node from '../src/node/index.js';

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
      const op = (operations as Record<string, OperationSpec>)[j.action];
      if (!op) return send(400, { Code: 'InvalidAction.NotFound', Message: `unknown action ${j.action}` });
      if (failNext) {
        failNext = false;
        return send(503, { Code: 'ServiceUnavailable', Message: 'scripted' });
      }
      // An empty page of the action (what arrived is judged from `judged`, where the server decoded it).
      const [wrapper, list] = op.pagination!.items;
      send(200, { TotalCount: 0, [wrapper]: { [list]: [] } });
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

/**
 * Values for one parameter rule, awkward wherever the rule allows: an enum's members, strings matching a
 * pattern (`Status`, `ComponentVersion`, `RegionId`), any text (emoji, NFD, every punctuation character,
 * base64 tokens) within length limits, integers in range, repeat lists of 1–5 items or exactly the limit.
 */
function valuesOf(rule: SchemaNode): fc.Arbitrary<unknown> {
  if (rule.enum) return fc.constantFrom(...rule.enum);
  switch (rule.type) {
    case 'string': {
      const fits = (v: string) => v.length >= (rule.minLength ?? 0) && v.length <= (rule.maxLength ?? Infinity);
      return (rule.pattern ? fc.stringMatching(new RegExp(rule.pattern, 'u')) : token).filter(fits);
    }
    case 'integer':
      return fc.integer({ min: rule.minimum ?? -(2 ** 31), max: rule.maximum ?? 2 ** 31 });
    case 'array': {
      const item = valuesOf(rule.items!);
      const max = rule.maxItems ?? 20;
      return fc.oneof(fc.array(item, { minLength: 1, maxLength: Math.min(5, max) }), fc.array(item, { minLength: max, maxLength: max }));
    }
    case 'object':
      return requestOf(rule);
    default:
      throw new Error(`no generator for a ${rule.type} parameter: extend valuesOf`);
  }
}

function requestOf(rule: SchemaNode): fc.Arbitrary<Record<string, unknown>> {
  const props = Object.fromEntries(Object.entries(rule.properties ?? {}).map(([name, r]) => [name, valuesOf(r)]));
  return fc.record(props, { requiredKeys: [...(rule.required ?? [])] });
}

/** Valid requests of `op` (the client refuses the others before sending; `checkRequest` applies the cross-parameter rules). */
const validRequest = (op: OperationSpec) => requestOf(op.request).filter((r) => checkRequest(op, r).length === 0);

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

/** Per action, how often each parameter was sent: every parameter must have been tried. */
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
            for (const name of Object.keys(input)) sent.set(name, (sent.get(name) ?? 0) + 1);
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
            // Every value arrived exactly as given, on every attempt (no normalization, no lost `+`, `*`, `~` or emoji).
            const wire = Object.fromEntries(toWireParams(input));
            for (const j of seen) expect(j.params).toEqual(wire);
          }),
          { numRuns: RUNS },
        );
        figure(`${action} ${entry} ${version} ${method} requests verified by Alibaba's signers`, runs);
      });
    });
  });

  it("sent every one of the action's parameters", () => {
    const sent = coverage.get(action)!;
    expect(Object.keys(op.request.properties!).filter((name) => !(sent.get(name)! > 0))).toEqual([]);
    console.log(`${action}: parameters sent ${[...sent].map(([k, n]) => `${k}×${n}`).join(', ')}`);
  });
});

it("the judge is real: a request signed with another secret is refused by Alibaba's signers, in both versions, for every action", async () => {
  secrets = new Map([['LTAIjudge', 'the-right-secret']]);
  for (const op of Object.values(operations)) {
    for (const signatureVersion of ['v3', 'v1'] as const) {
      const client = node.createBareClient({ credentials: { accessKeyId: 'LTAIjudge', accessKeySecret: 'a-wrong-secret' }, endpoint, signatureVersion, regionId: 'cn-hangzhou' });
      const input = op.action === 'DescribeImagePipelineExecutions' ? { ExecutionId: 'exec-1' } : {};
      await expect(client.send(op as never, input as never)).rejects.toMatchObject({ code: 'SignatureDoesNotMatch', httpStatus: 400, retryable: false });
    }
  }
});
