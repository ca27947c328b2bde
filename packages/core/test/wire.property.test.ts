import fc from 'fast-check';
import { expect, it } from 'vitest';
import { fromWireParams, toWireParams } from '../src/wire/flatten.js';
import { canonicalQuery, encodeQuery, parseQuery } from '../src/wire/query.js';
import { figure, request } from './fixtures/arbitraries.js';

it('serialization round-trips: toWireParams → encodeQuery → parseQuery → fromWireParams gives the input back', () => {
  let cases = 0;
  fc.assert(
    fc.property(request, (input) => {
      cases++;
      const query = encodeQuery(toWireParams(input));
      // The wire form is pure RFC 3986: nothing a URL parser or a proxy would re-encode.
      expect(query).toMatch(/^[A-Za-z0-9\-_.~%=&]*$/);
      expect(fromWireParams(parseQuery(query))).toEqual(input);
      // Canonical order is a permutation of the wire order.
      expect(canonicalQuery(toWireParams(input)).split('&').sort()).toEqual(query === '' ? [''] : query.split('&').sort());
    }),
    { numRuns: 1000 },
  );
  figure('serialization round trip', cases);
});
