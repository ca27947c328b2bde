/// <reference types="node" />
// node:crypto under core's signers: the same SHA-256 and HMAC as WebCrypto, computed synchronously. WebCrypto
// sends each digest and HMAC to a thread pool and back (tens of µs each, several per signature); these take
// a few µs, which is most of the CPU a call costs.
import type { SignCrypto } from '@org/ecs-pipelines-core';

// node:crypto is loaded by the first signature, not by importing the client (a few ms of a cold import).
let crypto: typeof import('node:crypto') | undefined;
const c = () => (crypto ??= process.getBuiltinModule('node:crypto'));

/** core's `SignCrypto` on node:crypto (strings are hashed as UTF-8, as WebCrypto's TextEncoder does). */
export const nodeCrypto: SignCrypto = {
  sha256Hex: (data) => c().createHash('sha256').update(data).digest('hex'),
  hmac: (hash, key, data, encoding) => c().createHmac(hash === 'SHA-1' ? 'sha1' : 'sha256', key).update(data).digest(encoding),
};

// Nonces come from a pool of random bytes refilled 256 nonces at a time: one call into the system's CSPRNG
// per 256 requests instead of one per request (crypto.getRandomValues costs more than the rest of a nonce).
const POOL = 16 * 256;
let pool: Buffer | undefined;
let offset = POOL;

/** A signature nonce: 32 hex characters (128 bits) from the system's CSPRNG, each byte used once. */
export function nodeNonce(): string {
  if (offset === POOL) {
    c().randomFillSync((pool ??= Buffer.alloc(POOL)));
    offset = 0;
  }
  return pool!.toString('hex', offset, (offset += 16));
}
