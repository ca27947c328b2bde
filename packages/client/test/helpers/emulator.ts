// The contract's emulator on loopback, for behaviour tests (tests may import the contract; src/ never does).
// Only the contract's Node entry is imported: its edge entry also loads the contract suite, which these tests
// do not need (and which must not be able to break them).
import { type EmulatorServer, type EmulatorServerOptions, startEmulatorServer } from '@org/ecs-pipelines-contract/node';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { ClientOptions } from '../../src/index.js';

export type { EmulatorServer };

/** The credential the tests' emulators accept unless a test says otherwise. */
export const DEFAULT_CREDENTIALS = Object.freeze({ accessKeyId: 'LTAI5tClientTestKey', accessKeySecret: 'client-test-secret-0000' });

/** An emulator serving only cn-hangzhou (fast to generate), with the given options. */
export const startEmulator = (options: EmulatorServerOptions = {}): Promise<EmulatorServer> =>
  startEmulatorServer({ port: 0, regions: ['cn-hangzhou'], pipelines: 30, credentials: [DEFAULT_CREDENTIALS], ...options });

/** Small backoff so retry tests stay fast. */
export const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 2, maxDelayMs: 20 };

/** A test file's emulator: started once, reset before each test, closed after the file. */
export interface EmulatorFixture {
  /** The running emulator (set in `beforeAll`). */
  server: EmulatorServer;
  /** Client options aimed at it: cn-hangzhou, the default credential, then `defaults`, then `over`. */
  options(over?: Partial<ClientOptions>): ClientOptions;
}

/** Registers the hooks of an emulator for the calling test file. */
export function useEmulator(emulator: EmulatorServerOptions, defaults: Partial<ClientOptions>): EmulatorFixture {
  const fixture: EmulatorFixture = {
    server: undefined as unknown as EmulatorServer,
    options: (over = {}) => ({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, endpoint: fixture.server.url, ...defaults, ...over }),
  };
  beforeAll(async () => {
    fixture.server = await startEmulator(emulator);
  });
  beforeEach(() => fixture.server.emulator.reset());
  afterAll(() => fixture.server.close());
  return fixture;
}
