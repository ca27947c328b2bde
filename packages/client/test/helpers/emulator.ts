// The contract's emulator on loopback, for behaviour tests (tests may import the contract; src/ never does).
import { DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import { type EmulatorServer, type EmulatorServerOptions, startEmulatorServer } from '@org/ecs-pipelines-contract/node';

export { DEFAULT_CREDENTIALS };
export type { EmulatorServer };

/** An emulator serving only cn-hangzhou (fast to generate), with the given options. */
export const startEmulator = (options: EmulatorServerOptions = {}): Promise<EmulatorServer> =>
  startEmulatorServer({ port: 0, regions: ['cn-hangzhou'], pipelines: 30, ...options });

/** Small backoff so retry tests stay fast. */
export const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 2, maxDelayMs: 20 };
