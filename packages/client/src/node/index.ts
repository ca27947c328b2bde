/// <reference types="node" />
// @org/ecs-pipelines-client under the `node` condition (or `/node`): the same API, with Node's own transport
// when no `fetch` is given (node:http while the process is young, then undici: see default-transport.ts) and
// node:crypto for signing.
import { type ClientOptions, createBareClientWith, createClientWith, type EcsPipelinesClient } from '../client.js';
import type { BareClient } from '../operation.js';
import { setAttemptSignals } from '../deadline.js';
import { nodeAttemptSignal } from './attempt-signal.js';
import { nodeCrypto, nodeNonce } from './crypto.js';
import { nodeDefaultTransport } from './default-transport.js';

// Every attempt of every client in this process (the edge entry's too, when both are loaded) gets the lighter
// signal: it behaves the same, and turns into an AbortSignal where fetch needs one.
setAttemptSignals(nodeAttemptSignal);

const NODE = { runtime: `Node.js/${process.versions.node}`, transport: nodeDefaultTransport, tools: { crypto: nodeCrypto, nonce: nodeNonce } };

/**
 * A client for Node: like the edge `createClient`, but unless `fetch` is given it sends with Node's own
 * transport: node:http for a process's first 16 requests (nothing to import: a CLI run or a cold start
 * stays there), then undici, which costs less CPU per call. An undici `MockAgent` set as the global
 * dispatcher answers its requests; while MSW, nock or an APM agent has replaced `http.request`, it stays on
 * node:http, where they see it. Signs with node:crypto (synchronous, several times cheaper than WebCrypto)
 * on any transport. Checks every option before returning.
 */
export function createClient(options: ClientOptions): EcsPipelinesClient {
  return createClientWith(options, NODE);
}

/** A client with only `send`, for the standalone commands; Node's transport and signing, as {@link createClient}. */
export function createBareClient(options: ClientOptions): BareClient {
  return createBareClientWith(options, NODE);
}

// Everything else is the edge entry's, unchanged.
export * from '../index.js';
