// Copy on write: the normalizer returns what is already well-typed as it is, copies only the objects and
// lists it changes, and never modifies the caller's body (a frozen body normalizes exactly as a fresh one).
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { DescribeImagePipelines } from '../src/generated/acs-operations.gen.js';
import { operations } from '../src/operations.js';
import { normalizeResponse as normalize } from '../src/normalize.js';
import type { OperationSpec } from '../src/spec.js';
import type { ResponseOf } from '../src/types.js';
import { responseLikeOf } from './fixtures/response-arbitrary.js';
import pageSample from './fixtures/page-sample.json' with { type: 'json' };

const deepFreeze = <T>(v: T): T => {
  if (typeof v === 'object' && v !== null) {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
};
const normalizeResponse = (body: unknown) => normalize<OperationSpec, ResponseOf<'DescribeImagePipelines'>>(DescribeImagePipelines, body);
const outcome = (f: () => unknown) => {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

it.each(Object.values(operations))('never modifies its input: a deep-frozen body gives the same result as a fresh copy ($action, schema-shaped bodies)', (op) => {
  fc.assert(
    fc.property(responseLikeOf(op), (body) => {
      const before = structuredClone(body);
      const fresh = outcome(() => normalize(op, structuredClone(body)));
      expect(outcome(() => normalize(op, deepFreeze(body)))).toEqual(fresh);
      expect(body).toEqual(before);
    }),
    { numRuns: op === DescribeImagePipelines ? 1000 : 400 },
  );
});

it('returns a well-typed body itself, and shares the unchanged parts of a body it had to coerce', () => {
  const typed = normalizeResponse(pageSample);
  expect(normalizeResponse(typed)).toBe(typed);
  const body = { RequestId: 'R', TotalCount: '2', ImagePipeline: { ImagePipelineSet: [{ ImagePipelineId: 'p-1', Name: 'n' }] } };
  const out = normalizeResponse(body);
  expect(out).not.toBe(body);
  expect(out.TotalCount).toBe(2);
  expect(body.TotalCount).toBe('2');
  expect(out.ImagePipeline).toBe(body.ImagePipeline);
});

it('fills an absent list without touching the wrapper it was given', () => {
  const wrapper = Object.freeze({});
  const out = normalizeResponse({ RequestId: 'R', ImagePipeline: wrapper });
  expect(out.ImagePipeline).toEqual({ ImagePipelineSet: [] });
  expect(wrapper).toEqual({});
});
