// `--emulator` (any subcommand): the contract package's emulator, started in this process on a free loopback
// port with its demo data and documented default credentials, so every flag can be tried without an account.
import { DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import { startEmulatorServer } from '@org/ecs-pipelines-contract/node';

/** A running embedded emulator: where to send requests, with which credentials, and how to stop it. */
export interface EmbeddedEmulator {
  url: string;
  credentials: { accessKeyId: string; accessKeySecret: string; securityToken?: string };
  close(): Promise<void>;
}

/** Starts the emulator on 127.0.0.1, port 0. */
export async function startEmbeddedEmulator(): Promise<EmbeddedEmulator> {
  const server = await startEmulatorServer({ host: '127.0.0.1', port: 0 });
  return { url: server.url, credentials: { ...DEFAULT_CREDENTIALS }, close: () => server.close() };
}
