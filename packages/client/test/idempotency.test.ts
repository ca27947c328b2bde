// Issue 16: the idempotency token. An action whose spec declares `x-acs-idempotency-token` gets a ClientToken
// (a UUID) when the caller gives none, filled in once per call, so every retry of that call (after a 503, a
// reset, a truncated body, throttling, a timeout) carries the same token and the service creates one
// resource; a caller's own token is kept; two calls get two tokens; no other action gets one. A loopback fake
// service records what arrived on the wire.
import { readFileSync } from 'node:fs';
import { type Action, EcsValidationError, operations, toWireParams } from '@org/ecs-pipelines-core';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import * as web from '../src/index.js';
import * as node from '../src/node/index.js';
import { useScriptedService } from './helpers/scripted-service.js';
import { commandName, FAULT_REPLIES, INPUTS, okBody, refusingFetch } from './helpers/write-answers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ACTIONS = Object.keys(operations) as Action[];
const TOKEN_ACTIONS = ACTIONS.filter((a) => operations[a].idempotencyToken);

const fake = useScriptedService({ maxAttempts: 6, timeoutMs: 300 });
const { options } = fake;

const tokens = () => fake.service.requests.map((r) => r.query.get('ClientToken'));
const nonces = () => fake.service.requests.map((r) => (r.headers['x-acs-signature-nonce'] as string | undefined) ?? r.query.get('SignatureNonce'));

type Entry = typeof web;
/** What any action's answer has. */
type Answer = Record<string, unknown> & { $metadata: web.ResponseMetadata };
const entries = [
  ['node:http', node as unknown as Entry],
  ['fetch', web],
] as const;
type Via = 'method' | 'command' | 'send';

/** One call of `action` through a surface of `entry`. */
function call(entry: Entry, via: Via, action: Action, input: object, over: Partial<web.ClientOptions> = {}) {
  const name = commandName(action);
  if (via === 'method') return (entry.createClient(options(over)) as unknown as Record<string, (i: object) => Promise<Answer>>)[name]!(input);
  if (via === 'send') return entry.createBareClient(options(over)).send(operations[action] as never, input as never);
  return (entry as unknown as Record<string, (c: web.BareClient, i: object) => Promise<Answer>>)[name]!(entry.createBareClient(options(over)), input);
}

test('the spec declares x-acs-idempotency-token on exactly the actions whose rules carry idempotencyToken: the three creates/starts', () => {
  const spec = parse(readFileSync(new URL('../../../spec/openapi.yaml', import.meta.url), 'utf8')) as { paths: Record<string, { get: Record<string, unknown> }> };
  const declared = Object.entries(spec.paths).flatMap(([path, item]) => (item.get['x-acs-idempotency-token'] ? [[path.slice(1), item.get['x-acs-idempotency-token']]] : []));
  expect(declared).toEqual(TOKEN_ACTIONS.map((a) => [a, 'ClientToken']));
  expect(TOKEN_ACTIONS).toEqual(['CreateImagePipeline', 'StartImagePipelineExecution', 'CreateImageComponent']);
});

describe.each(entries)('%s', (_name, entry) => {
  describe.each(TOKEN_ACTIONS)('%s', (action) => {
    test.each(['method', 'command', 'send'] as const)('via %s: a UUID is filled in when none is given, and the input is not changed', async (via) => {
      const input = { ...INPUTS[action] };
      const page = await call(entry, via, action, input);
      expect(page.$metadata.attempts).toBe(1);
      expect(tokens()).toEqual([expect.stringMatching(UUID)]);
      expect(input).toEqual(INPUTS[action]);
      // Nothing else was added: the wire is the input plus RegionId and the token.
      expect(Object.fromEntries([...fake.service.requests[0]!.query].filter(([k]) => k === 'ClientToken' || !/^(Action|Version|Format|AccessKeyId|Signature.*|Timestamp)$/.test(k)))).toEqual(
        Object.fromEntries(toWireParams({ RegionId: 'cn-hangzhou', ...input, ClientToken: tokens()[0] })),
      );
    });

    test('the same token on every attempt of one call: 503, reset, truncated body, throttling, 500, HTML 502, bad JSON, then success', async () => {
      fake.script = [
        FAULT_REPLIES['service-unavailable'],
        FAULT_REPLIES.reset,
        FAULT_REPLIES['truncated-body'],
        FAULT_REPLIES.throttling,
        FAULT_REPLIES['internal-error'],
      ];
      const page = await call(entry, 'method', action, INPUTS[action]);
      expect(page.$metadata.attempts).toBe(6);
      expect(fake.service.requests).toHaveLength(6);
      const [first] = tokens();
      expect(first).toMatch(UUID);
      expect(tokens()).toEqual(Array(6).fill(first));
      // Each attempt is signed afresh all the same.
      expect(new Set(nonces()).size).toBe(6);
    });

    test('the same token after a timeout, an HTML 502 and a 200 with a truncated JSON body', async () => {
      fake.script = [{ body: okBody(action), delayMs: 400 }, FAULT_REPLIES['html-502'], FAULT_REPLIES['truncated-json']];
      const page = await call(entry, 'command', action, INPUTS[action], { timeoutMs: 150 });
      expect(page.$metadata.attempts).toBe(4);
      const [first] = tokens();
      expect(tokens()).toEqual([first, first, first, first]);
    });

    test("a caller's own token is kept, on every attempt, and is not replaced", async () => {
      fake.script = [FAULT_REPLIES['service-unavailable'], FAULT_REPLIES.reset];
      const ClientToken = 'my-own token/with+odd~chars*';
      await call(entry, 'send', action, { ...INPUTS[action], ClientToken });
      expect(tokens()).toEqual([ClientToken, ClientToken, ClientToken]);
    });

    test('two calls get two tokens, also with the same input object; concurrent calls each their own', async () => {
      const input = { ...INPUTS[action] };
      await call(entry, 'method', action, input);
      await call(entry, 'method', action, input);
      const client = entry.createClient(options()) as unknown as Record<string, (i: object) => Promise<unknown>>;
      await Promise.all(Array.from({ length: 20 }, () => client[commandName(action)]!(input)));
      expect(tokens()).toHaveLength(22);
      expect(new Set(tokens()).size).toBe(22);
      for (const t of tokens()) expect(t).toMatch(UUID);
    });

    test('a token is kept across a refused connection too (nothing was sent, the retry carries the one token)', async () => {
      const refusing = refusingFetch(2);
      const page = await call(entry, 'method', action, INPUTS[action], { fetch: refusing.fetch });
      expect(refusing.calls()).toBe(3);
      expect(page.$metadata.attempts).toBe(3);
      expect(tokens()).toEqual([expect.stringMatching(UUID)]);
    });

    test("a caller's token that breaks the rule is refused before anything is sent; null and undefined mean none", async () => {
      for (const ClientToken of ['t'.repeat(65), 'ütf', '']) {
        const error = await call(entry, 'method', action, { ...INPUTS[action], ClientToken }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(EcsValidationError);
        expect((error as EcsValidationError).parameter).toBe('ClientToken');
      }
      expect(fake.service.requests).toHaveLength(0);
      await call(entry, 'method', action, { ...INPUTS[action], ClientToken: undefined });
      await call(entry, 'method', action, { ...INPUTS[action], ClientToken: null });
      expect(tokens()).toEqual([expect.stringMatching(UUID), expect.stringMatching(UUID)]);
    });
  });

  test.each(ACTIONS.filter((a) => !operations[a].idempotencyToken))('%s gets no token: its wire is its input', async (action) => {
    fake.script = [FAULT_REPLIES.throttling];
    const page = await call(entry, 'method', action, INPUTS[action]);
    expect(page.$metadata.attempts).toBe(2);
    for (const r of fake.service.requests) expect(r.query.has('ClientToken')).toBe(false);
  });
});

test('a retried call whose attempts all fail still used one token throughout', async () => {
  fake.script = Array(4).fill(FAULT_REPLIES['service-unavailable']);
  const error = await node.createClient(options({ retry: { maxAttempts: 4, baseDelayMs: 1 } })).startImagePipelineExecution({ ImagePipelineId: 'ip-1' }).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'EcsApiError', httpStatus: 503, $metadata: { attempts: 4 } });
  expect((error as { outcomeUnknown?: boolean }).outcomeUnknown).toBeUndefined();
  expect(new Set(tokens()).size).toBe(1);
  expect(fake.service.requests).toHaveLength(4);
});
