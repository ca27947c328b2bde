#!/usr/bin/env node
// `node src/micro.mjs`: in-process cost of each step our client takes per call, without the network, next to
// what the same step costs with node:crypto or a bare JSON.parse. Explains where CPU per call goes when the
// throughput table shows our client behind. Figures are µs per operation, median of 5 batches.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  DescribeImagePipelines,
  decodeResponse,
  encodeQuery,
  formatTimestamp,
  randomNonce,
  signV3,
  toWireParams,
  validateRequest,
} from '@org/ecs-pipelines-core';
import { cannedBytes } from './canned.mjs';
import { median } from './stats.mjs';

const credentials = { accessKeyId: 'bench-access-key-id', accessKeySecret: 'bench-access-key-secret' };
const body = new TextDecoder().decode(cannedBytes);
const url = 'http://127.0.0.1:8080/?MaxResults=10&RegionId=cn-hangzhou';

async function time(name, fn, n = 2_000) {
  for (let i = 0; i < n / 4; i++) await fn();
  const batches = [];
  for (let b = 0; b < 5; b++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await fn();
    batches.push(((performance.now() - t0) * 1000) / n);
  }
  console.log(`${median(batches).toFixed(1).padStart(8)} µs  ${name}`);
}

await time('validateRequest({ RegionId, MaxResults })', () => validateRequest(DescribeImagePipelines, { RegionId: 'cn-hangzhou', MaxResults: 10 }));
await time('toWireParams + encodeQuery', () => encodeQuery(toWireParams({ RegionId: 'cn-hangzhou', MaxResults: 10 })));
await time('randomNonce (getRandomValues + hex)', () => randomNonce());
await time('  vs node:crypto randomBytes(16).toString("hex")', () => randomBytes(16).toString('hex'));
await time('formatTimestamp(new Date())', () => formatTimestamp(new Date()));
await time('signV3 (WebCrypto: 2 digests, importKey, sign)', () =>
  signV3({ method: 'GET', url, headers: {}, credentials, action: 'DescribeImagePipelines', version: '2014-05-26', timestamp: '2025-01-15T08:30:00Z', nonce: '0123456789abcdef0123456789abcdef' }),
);
await time('  crypto.subtle.digest SHA-256 (one call)', () => crypto.subtle.digest('SHA-256', new Uint8Array(64)));
const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
await time('  crypto.subtle.importKey HMAC (one call)', () => crypto.subtle.importKey('raw', new TextEncoder().encode('k'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
await time('  crypto.subtle.sign HMAC, cached key (one call)', () => crypto.subtle.sign('HMAC', key, new Uint8Array(64)));
await time('  vs node:crypto: sha256 + hmac-sha256 (sync, whole V3 crypto)', () => {
  createHash('sha256').update('canonical request').digest('hex');
  createHmac('sha256', 'secret').update('string to sign').digest('hex');
});
await time('decodeResponse (10-pipeline page, 7 KiB)', () => decodeResponse(DescribeImagePipelines, { status: 200, contentType: 'application/json', body, headers: { get: () => null } }));
await time('  vs JSON.parse of the same body', () => JSON.parse(body));
await time('new Request(url, { method, headers, signal }) (undici)', () => new Request(url, { method: 'GET', headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10_000) }));
await time('new Response(null) (undici)', () => new Response(null));
