// signV3 checks its input per request with a quick test and runs the full rule walk (which names every
// problem) only when the quick test fails. The two must agree exactly, or a bad header value could slip past.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { INPUT, quickCheck } from '../src/sign/v3.js';
import { checkSchema } from '../src/validate.js';
import { figure, text } from './fixtures/arbitraries.js';

const RUNS = 5000;
const value = fc.oneof(
  { arbitrary: fc.stringMatching(/^[\x21-\x7e]{1,8}$/), weight: 12 },
  text,
  fc.string({ unit: fc.constantFrom('a', 'Z', '9', '+', '/', '=', ' ', '\t', '\u007f', '\u0000', 'é', '\uD800', '\uDC00', '😀'), maxLength: 6 }),
  fc.constantFrom(undefined, null, '', 42, true, {}, []),
);

it(`quickCheck agrees with the full rules on ${RUNS} random inputs`, () => {
  let accepted = 0;
  fc.assert(
    fc.property(
      fc.oneof(fc.record({ accessKeyId: value, accessKeySecret: value, securityToken: value }, { requiredKeys: [] }), value),
      fc.tuple(value, value, value, value),
      (credentials, [action, version, timestamp, nonce]) => {
        const full = checkSchema(INPUT, { credentials, action, version, timestamp, nonce }).length === 0;
        expect(quickCheck(credentials as never, [action, version, timestamp, nonce])).toBe(full);
        if (full) accepted++;
      },
    ),
    { numRuns: RUNS },
  );
  expect(accepted).toBeGreaterThan(0);
  figure(`signV3 quick input check = full rules (${accepted} accepted)`, RUNS);
});
