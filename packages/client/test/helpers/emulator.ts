// The contract's emulator on loopback, for behaviour tests (tests may import the contract; src/ never does).
// Only the contract's Node entry is imported: its edge entry also loads the contract suite, which these tests
// do not need (and which must not be able to break them).
import { type EmulatorServer, type EmulatorServerOptions, startEmulatorServer } from '@org/ecs-pipelines-contract/node';

export type { EmulatorServer };

/** The credential the tests' emulators accept unless a test says otherwise. */
export const DEFAULT_CREDENTIALS = Object.freeze({ accessKeyId: 'LTAI5tClientTestKey', accessKeySecret: 'client-test-secret-0000' });

/** An emulator serving only cn-hangzhou (fast to generate), with the given options. */
export const startEmulator = (options: EmulatorServerOptions = {}): Promise<EmulatorServer> =>
  startEmulatorServer({ port: 0, regions: ['cn-hangzhou'], pipelines: 30, credentials: [DEFAULT_CREDENTIALS], ...options });

/** Small backoff so retry tests stay fast. */
export const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 2, maxDelayMs: 20 };
