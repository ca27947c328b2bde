import fc from 'fast-check';
import { expect, it } from 'vitest';
import { decodeResponse } from '../src/decode.js';
import { EcsApiError, EcsResponseError } from '../src/errors.js';
import { operations } from '../src/generated/acs-operations.gen.js';
import { conforms, normalizeResponse, value } from '../src/normalize.js';
import type { OperationSpec } from '../src/spec.js';
import type { Action } from '../src/types.js';
import { figure } from './fixtures/arbitraries.js';
import { responseLikeOf } from './fixtures/response-arbitrary.js';
import { validatorOf } from './fixtures/spec.js';

const RUNS = 1000;
// Each action has its own schema; the first one, the richest, gets the full run.
const ops = Object.values(operations) as OperationSpec[];
const runsOf = (op: OperationSpec) => (op === ops[0] ? RUNS : RUNS / 2);

// Either a schema-valid result (checked with Ajv against spec/openapi.yaml) or an EcsResponseError; nothing else.
function check(op: OperationSpec, body: unknown): 'ok' | 'refused' {
  let out: unknown;
  try {
    out = normalizeResponse(op, body);
  } catch (e) {
    expect(e).toBeInstanceOf(EcsResponseError);
    return 'refused';
  }
  const validate = validatorOf(op.action as Action);
  expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
  expect(normalizeResponse(op, out)).toEqual(out);
  return 'ok';
}

it.each(ops)('the normalizer of $action throws nothing but EcsResponseError on arbitrary JSON, and what it returns satisfies the spec', (op) => {
  let cases = 0;
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      cases++;
      check(op, v);
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) check(op, { ...v, RequestId: 'R' });
    }),
    { numRuns: runsOf(op) },
  );
  figure(`normalizer on arbitrary JSON (${op.action})`, cases);
});

it.each(ops)('the normalizer of $action on bodies shaped like its schema (typed, stringly, garbage, null, unknown fields)', (op) => {
  const seen = { ok: 0, refused: 0 };
  const runs = runsOf(op);
  fc.assert(
    fc.property(responseLikeOf(op), (body) => {
      seen[check(op, body)]++;
    }),
    { numRuns: runs },
  );
  // Both paths must really be exercised, or the property says little.
  expect(seen.ok).toBeGreaterThan(runs / 10);
  expect(seen.refused).toBeGreaterThan(runs / 10);
  figure(`normalizer on schema-shaped bodies of ${op.action} (${seen.ok} normalized, ${seen.refused} refused)`, seen.ok + seen.refused);
});

it.each(ops)('decodeResponse of $action throws only EcsApiError or EcsResponseError on any status and body', (op) => {
  let cases = 0;
  const responseLike = responseLikeOf(op);
  const body = fc.oneof(
    responseLike.map((b) => JSON.stringify(b)),
    fc.json(),
    fc.string(),
    fc.tuple(responseLike.map((b) => JSON.stringify(b)), fc.nat()).map(([s, n]) => s.slice(0, n % (s.length + 1))),
    fc.constantFrom('<html>502</html>', '<Error><Code>X</Code></Error>', '', '{"Code":"Throttling","Message":"m"}'),
  );
  fc.assert(
    fc.property(fc.integer({ min: 100, max: 599 }), body, (status, text) => {
      cases++;
      try {
        decodeResponse(op, { status, body: text, headers: new Headers({ 'x-acs-retry-after': '10' }) });
        expect(status >= 200 && status < 300).toBe(true);
      } catch (e) {
        expect(e instanceof EcsApiError || e instanceof EcsResponseError, String(e)).toBe(true);
      }
    }),
    { numRuns: runsOf(op) },
  );
  figure(`decodeResponse on arbitrary statuses and bodies (${op.action})`, cases);
});

it.each(ops)('the fast path is exact for $action: a body the quick walk accepts comes out of the full normalizer untouched', (op) => {
  let fast = 0;
  const root = op.response;
  const responseLike = responseLikeOf(op);
  const runs = runsOf(op);
  fc.assert(
    fc.property(fc.oneof(responseLike, responseLike.map((b) => normalizedOrAsIs(op, b))), (body) => {
      if (!conforms(root, body)) return;
      fast++;
      expect(value(root, body, '')).toBe(body);
    }),
    { numRuns: runs },
  );
  expect(fast).toBeGreaterThan(runs / 20);
  figure(`normalizer fast path = full path for ${op.action} (${fast} bodies took the fast path)`, runs);
});

/** The normalizer's output (well-typed, so mostly fast-path material), or the body when it is refused. */
function normalizedOrAsIs(op: OperationSpec, body: unknown): unknown {
  try {
    return structuredClone(normalizeResponse(op, body));
  } catch {
    return body;
  }
}
