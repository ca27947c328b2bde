// Hand-written contract checks of refusals, with DescribeImagePipelines: an unknown region, a token of another
// query, bad signatures, stale timestamps, replayed nonces. Each expects the service's code and the status
// the spec lists for it. (Required parameters and limits of every action are in checks-spec.ts.)
import { CheckSkipped, expectError, expectPage } from './assert.js';
import { call, prepare, send } from './call.js';
import { needItems, type ContractCheck } from './check.js';

const MINUTE = 60_000;

/** Checks of requests the server must refuse. */
export const refuseChecks: ContractCheck[] = [
  {
    name: 'unknown RegionId: InvalidRegionId.NotFound',
    async run(ctx) {
      expectError(await call(ctx.target, { RegionId: 'xx-nowhere-9' }), ['InvalidRegionId.NotFound'], 'unknown region');
    },
  },
  {
    name: 'NextToken: one issued for another query is refused',
    async run(ctx) {
      needItems(ctx, 2);
      const first = expectPage(await call(ctx.target, { MaxResults: 1 }), 'first page');
      if (!first.NextToken) throw new CheckSkipped('no second page');
      const other = await call(ctx.target, { MaxResults: 1, NextToken: first.NextToken, Name: 'another-query-entirely' });
      expectError(other, ['InvalidNextToken', 'InvalidParameter'], 'NextToken of another query');
    },
  },
  {
    name: 'wrong secret, ACS3-HMAC-SHA256: SignatureDoesNotMatch',
    async run(ctx) {
      const credentials = { ...ctx.target.credentials, accessKeySecret: `${ctx.target.credentials.accessKeySecret}x` };
      const res = await call(ctx.target, {}, { credentials });
      expectError(res, ['SignatureDoesNotMatch'], 'v3 wrong secret');
    },
  },
  {
    name: 'wrong secret, HMAC-SHA1: SignatureDoesNotMatch',
    async run(ctx) {
      const credentials = { ...ctx.target.credentials, accessKeySecret: `${ctx.target.credentials.accessKeySecret}x` };
      expectError(await call(ctx.target, {}, { algorithm: 'v1', method: 'GET', credentials }), ['SignatureDoesNotMatch'], 'v1 wrong secret');
    },
  },
  {
    name: 'unknown AccessKey ID: InvalidAccessKeyId.NotFound',
    async run(ctx) {
      const credentials = { accessKeyId: 'LTAI5tNoSuchKeyContract0', accessKeySecret: 'whatever-secret' };
      expectError(await call(ctx.target, {}, { credentials }), ['InvalidAccessKeyId.NotFound'], 'unknown key');
    },
  },
  {
    name: 'a parameter changed after signing: SignatureDoesNotMatch',
    async run(ctx) {
      const res = await call(ctx.target, { MaxResults: 5 }, { tamper: ({ url }) => url.searchParams.set('MaxResults', '6') });
      expectError(res, ['SignatureDoesNotMatch'], 'tampered MaxResults');
      const v1 = await call(ctx.target, { MaxResults: 5 }, { algorithm: 'v1', method: 'GET', tamper: ({ url }) => url.searchParams.set('MaxResults', '6') });
      expectError(v1, ['SignatureDoesNotMatch'], 'tampered MaxResults (v1)');
    },
  },
  {
    name: 'a timestamp 20 minutes old or 20 minutes ahead: InvalidTimeStamp.Expired',
    async run(ctx) {
      const now = ctx.target.now().getTime();
      for (const [label, at] of [['old', now - 20 * MINUTE], ['ahead', now + 20 * MINUTE]] as const) {
        expectError(await call(ctx.target, {}, { now: new Date(at) }), ['InvalidTimeStamp.Expired'], `v3 timestamp ${label}`);
        expectError(await call(ctx.target, {}, { algorithm: 'v1', method: 'GET', now: new Date(at) }), ['InvalidTimeStamp.Expired'], `v1 timestamp ${label}`);
      }
    },
  },
  {
    name: 'a replayed request (same nonce): SignatureNonceUsed',
    async run(ctx) {
      const prepared = await prepare(ctx.target, { MaxResults: 1 });
      expectPage(await send(ctx.target, prepared), 'first use of the nonce');
      expectError(await send(ctx.target, prepared), ['SignatureNonceUsed'], 'replay (v3)');
      const v1 = await prepare(ctx.target, { MaxResults: 1 }, { algorithm: 'v1', method: 'GET' });
      expectPage(await send(ctx.target, v1), 'first use of the nonce (v1)');
      expectError(await send(ctx.target, v1), ['SignatureNonceUsed'], 'replay (v1)');
    },
  },
];
