/// <reference types="node" />
// @org/ecs-pipelines-client under the `node` condition (or `/node`): the same API, with a node:http
// keep-alive transport as the default when no `fetch` is given.
import { type ClientOptions, createBareClientWith, createClientWith, type EcsPipelinesClient } from '../client.js';
import type { BareClient } from '../operation.js';
import { nodeCrypto, nodeNonce } from './crypto.js';
import { nodeTransport } from './transport.js';

const NODE = { runtime: `Node.js/${process.versions.node}`, transport: nodeTransport, tools: { crypto: nodeCrypto, nonce: nodeNonce } };

/**
 * A client for Node: like the edge `createClient`, but it sends over node:http(s) with keep-alive unless
 * `fetch` is given, and signs with node:crypto (synchronous, several times cheaper than WebCrypto) on either
 * transport. Checks every option before returning.
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
