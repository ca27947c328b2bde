import fc from 'fast-check';
import { expect, it } from 'vitest';
import { operations } from '../src/generated/acs-operations.gen.js';
import { fromWireParams, toWireParams } from '../src/wire/flatten.js';
import { canonicalQuery, encodeQuery, parseQuery } from '../src/wire/query.js';
import { figure, requests } from './fixtures/arbitraries.js';

it.each(Object.values(operations))(
  'serialization round-trips for $action: toWireParams → encodeQuery → parseQuery → fromWireParams gives the input back',
  (op) => {
    let cases = 0;
    fc.assert(
      fc.property(requests[op.action] as fc.Arbitrary<object>, (input) => {
        cases++;
        const query = encodeQuery(toWireParams(input));
        // The wire form is pure RFC 3986: nothing a URL parser or a proxy would re-encode.
        expect(query).toMatch(/^[A-Za-z0-9\-_.~%=&]*$/);
        expect(fromWireParams(op, parseQuery(query))).toEqual(input);
        // Canonical order is a permutation of the wire order.
        expect(canonicalQuery(toWireParams(input)).split('&').sort()).toEqual(query === '' ? [''] : query.split('&').sort());
      }),
      { numRuns: op.action === 'DescribeImagePipelines' ? 1000 : 500 },
    );
    figure(`serialization round trip (${op.action})`, cases);
  },
);
