import fc from 'fast-check';
import { expect, it } from 'vitest';
import { decodeResponse } from '../src/decode.js';
import { EcsApiError, EcsResponseError } from '../src/errors.js';
import { conforms, normalizeResponse, value } from '../src/normalize.js';
import { responseRoot } from '../src/spec.js';
import { figure } from './fixtures/arbitraries.js';
import { responseLike } from './fixtures/response-arbitrary.js';
import { validateResponseBody } from './fixtures/spec.js';

const RUNS = 1000;

// Either a schema-valid result (checked with Ajv against spec/openapi.yaml) or an EcsResponseError; nothing else.
function check(body: unknown): 'ok' | 'refused' {
  let out: unknown;
  try {
    out = normalizeResponse(body);
  } catch (e) {
    expect(e).toBeInstanceOf(EcsResponseError);
    return 'refused';
  }
  expect(validateResponseBody(out), JSON.stringify(validateResponseBody.errors)).toBe(true);
  expect(normalizeResponse(out)).toEqual(out);
  return 'ok';
}

it(`the normalizer throws nothing but EcsResponseError on arbitrary JSON (${RUNS} values), and what it returns satisfies the spec`, () => {
  let cases = 0;
  fc.assert(
    fc.property(fc.jsonValue(), (v) => {
      cases++;
      check(v);
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) check({ ...v, RequestId: 'R' });
    }),
    { numRuns: RUNS },
  );
  figure('normalizer on arbitrary JSON', cases);
});

it(`the normalizer on ${RUNS} bodies shaped like the schema (typed, stringly, garbage, null, unknown fields)`, () => {
  const seen = { ok: 0, refused: 0 };
  fc.assert(
    fc.property(responseLike, (body) => {
      seen[check(body)]++;
    }),
    { numRuns: RUNS },
  );
  // Both paths must really be exercised, or the property says little.
  expect(seen.ok).toBeGreaterThan(RUNS / 10);
  expect(seen.refused).toBeGreaterThan(RUNS / 10);
  figure(`normalizer on schema-shaped bodies (${seen.ok} normalized, ${seen.refused} refused)`, seen.ok + seen.refused);
});

it(`decodeResponse throws only EcsApiError or EcsResponseError on any status and body (${RUNS} responses)`, () => {
  let cases = 0;
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
        decodeResponse({ status, body: text, headers: new Headers({ 'x-acs-retry-after': '10' }) });
        expect(status >= 200 && status < 300).toBe(true);
      } catch (e) {
        expect(e instanceof EcsApiError || e instanceof EcsResponseError, String(e)).toBe(true);
      }
    }),
    { numRuns: RUNS },
  );
  figure('decodeResponse on arbitrary statuses and bodies', cases);
});

it(`the fast path is exact: a body the quick walk accepts comes out of the full normalizer untouched (${RUNS} bodies)`, () => {
  let fast = 0;
  fc.assert(
    fc.property(fc.oneof(responseLike, responseLike.map(normalizedOrAsIs)), (body) => {
      if (!conforms(responseRoot, body)) return;
      fast++;
      expect(value(responseRoot, body, '')).toBe(body);
    }),
    { numRuns: RUNS },
  );
  expect(fast).toBeGreaterThan(RUNS / 20);
  figure(`normalizer fast path = full path (${fast} bodies took the fast path)`, RUNS);
});

/** The normalizer's output (well-typed, so mostly fast-path material), or the body when it is refused. */
function normalizedOrAsIs(body: unknown): unknown {
  try {
    return structuredClone(normalizeResponse(body));
  } catch {
    return body;
  }
}
