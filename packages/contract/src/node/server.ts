// The emulator on a Node HTTP server, through @hono/node-server (a maintained fetch adapter, no hand-written
// HTTP parsing). Listens on 127.0.0.1 by default: the emulator is a local test tool. With `stateFile`, what
// users create survives a restart (state-file.ts).
import type { AddressInfo } from 'node:net';
import { serve, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { createEmulator, type Emulator } from '../emulator.js';
import type { EmulatorOptions } from '../options.js';
import { isDroppedResponse } from '../respond.js';
import { readStateFile, StateFileError, writeStateFile } from './state-file.js';

/** Options of {@link startEmulatorServer}: the emulator's, plus where to listen. */
export interface EmulatorServerOptions extends EmulatorOptions {
  /** Interface to bind (default `127.0.0.1`). */
  host?: string;
  /** Port (default 0: any free port; read the chosen one from the result). */
  port?: number;
  /** Serve this emulator (for example one wrapped by a test) instead of creating one from the options. */
  emulator?: Emulator;
  /**
   * Keep the emulator's state in this JSON file: read at start (a missing file is an empty state; an unreadable
   * or corrupt one throws a {@link StateFileError} and is left untouched), rewritten atomically after each change.
   */
  stateFile?: string;
  /** Called when the state file cannot be written (default: a process warning); the emulator keeps serving. */
  onStateError?: (error: Error) => void;
}

/** A listening emulator. */
export interface EmulatorServer {
  /** `http://HOST:PORT`, for a client's endpoint. */
  url: string;
  port: number;
  host: string;
  emulator: Emulator;
  /** Stops listening and closes open connections (kept-alive and slow ones too). */
  close(): Promise<void>;
}

// The largest legitimate GET (20 tags of 128 UTF-8 characters, percent-encoded, in the URL) is ~50 KB; Node's
// default 16 KiB header limit would refuse it with a bare 431, so the limit leaves room above maxUrlBytes.
const MAX_HEADER_BYTES = 96 * 1024;

/**
 * Starts the emulator on `host:port` and resolves once it listens.
 *
 * @example
 * ```ts
 * import { startEmulatorServer } from '@org/ecs-pipelines-contract/node';
 *
 * const server = await startEmulatorServer({ port: 0, pipelines: 130 });
 * console.log(server.url); // http://127.0.0.1:PORT: the client's `endpoint`
 * await server.close();
 * ```
 */
export async function startEmulatorServer(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  const { host = '127.0.0.1', port = 0, emulator: given, stateFile, onStateError, ...emulatorOptions } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`port must be an integer from 0 to 65535, got ${String(port)}`);
  const emulator = given ?? createWithState(emulatorOptions, stateFile, onStateError);

  const fetch = async (request: Request, env: HttpBindings | Http2Bindings) => {
    const response = await emulator(request);
    if (isDroppedResponse(response)) {
      // A dropped connection: no status line, no byte; the client sees a reset socket.
      env.incoming.socket.destroy();
      return new Response(null, { headers: { 'x-hono-already-sent': '1' } });
    }
    return response;
  };

  const server = serve({
    fetch,
    hostname: host,
    port,
    // Keep the process's global Request/Response untouched: the emulator may share a process with clients.
    overrideGlobalObjects: false,
    serverOptions: { maxHeaderSize: MAX_HEADER_BYTES },
  });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) return resolve();
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    host: address.address,
    emulator,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Node 18.2+: also end idle keep-alive sockets and in-flight slow (latency fault) responses.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      return closed;
    },
  };
}

// The emulator, with the state read from `file` and every change written back to it.
function createWithState(options: EmulatorOptions, file: string | undefined, onError?: (error: Error) => void): Emulator {
  if (file === undefined) return createEmulator(options);
  if (options.state !== undefined) throw new TypeError('give either the state option or stateFile, not both');
  const saved = readStateFile(file);
  const report = onError ?? ((e: Error) => process.emitWarning(`the emulator state could not be saved to ${file}: ${e.message}`));
  try {
    return createEmulator({
      ...options,
      ...(saved !== undefined ? { state: saved } : {}),
      onStateChange(snapshot) {
        try {
          writeStateFile(file, snapshot);
        } catch (e) {
          report(e instanceof Error ? e : new Error(String(e)));
        }
        options.onStateChange?.(snapshot);
      },
    });
  } catch (e) {
    const prefix = 'emulator state: ';
    if (e instanceof TypeError && e.message.startsWith(prefix)) throw new StateFileError(`state file ${file}: ${e.message.slice(prefix.length)}; it was left untouched`);
    throw e;
  }
}
