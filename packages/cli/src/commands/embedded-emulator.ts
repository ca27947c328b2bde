// `--emulator` (any subcommand): the contract package's emulator, started in this process on a free loopback
// port with its demo data and documented default credentials, so every flag can be tried without an account.
// `--emulator-<flag> VALUE` passes `--<flag> VALUE` of `ecs-pipelines emulator` to it (its state file, build
// step time, fault rates …), read by the emulator command's own parser: whatever flags the emulator gains,
// the CLI passes them on without a change here. Where it listens and with which key stay the CLI's choice.
import { DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import { EMULATOR_FLAGS, EmulatorUsageError, parseEmulatorArgs, startEmulatorServer } from '@org/ecs-pipelines-contract/node';
import { closest } from '../suggest.js';
import { UsageError, type UsageIssue } from '../usage-error.js';
import { EMULATOR_PREFIX } from './options.js';

/** A running embedded emulator: where to send requests, with which credentials, and how to stop it. */
export interface EmbeddedEmulator {
  url: string;
  credentials: { accessKeyId: string; accessKeySecret: string; securityToken?: string };
  close(): Promise<void>;
}

// Where it listens and who may call it are fixed (loopback, port 0, the demo key); switches are no use here.
const KEPT = new Set(['host', 'port', 'access-key-id', 'access-key-secret', 'security-token']);

/** The emulator command's flags that `--emulator-<flag>` may set. */
export function passableFlags(): string[] {
  return EMULATOR_FLAGS.filter((f) => f.value !== '' && !KEPT.has(f.name)).map((f) => f.name);
}

/** The emulator's options for `flags` (name without the prefix → value); throws a {@link UsageError} naming `--emulator-…`. */
async function optionsFor(flags: ReadonlyMap<string, string>, command: string) {
  const passable = passableFlags();
  const allowed = passable.map((n) => `--${EMULATOR_PREFIX}${n}`).join(', ');
  const issues: UsageIssue[] = [];
  for (const name of flags.keys()) {
    if (passable.includes(name)) continue;
    const guess = closest(name, passable);
    issues.push({ parameter: `--${EMULATOR_PREFIX}${name}`, problem: `not a flag the embedded emulator takes${guess ? ` (did you mean --${EMULATOR_PREFIX}${guess}?)` : ''}`, allowed });
  }
  if (issues.length > 0) throw new UsageError(issues, command);
  try {
    return await parseEmulatorArgs([...flags].flatMap(([name, value]) => [`--${name}`, value]));
  } catch (error) {
    if (!(error instanceof EmulatorUsageError)) throw error;
    // Its messages name its own flags (`--state`); the user typed `--emulator-state`.
    const rename = (text: string) => text.replace(/--([a-z][a-z0-9-]*)/g, (m, name: string) => (flags.has(name) ? `--${EMULATOR_PREFIX}${name}` : m));
    throw new UsageError(error.message.split('\n').map((line) => {
      const name = [...flags.keys()].find((n) => line.includes(`--${n}`));
      return { parameter: name ? `--${EMULATOR_PREFIX}${name}` : '--emulator', problem: rename(line), allowed: 'see ecs-pipelines emulator --help' };
    }), command);
  }
}

/** Starts the emulator on 127.0.0.1, port 0, with the emulator command's `flags`. */
export async function startEmbeddedEmulator(flags: ReadonlyMap<string, string> = new Map(), command = ''): Promise<EmbeddedEmulator> {
  const { port: _port, host: _host, help: _help, quiet: _quiet, credentials: _credentials, ...options } = await optionsFor(flags, command);
  let server;
  try {
    server = await startEmulatorServer({ ...options, host: '127.0.0.1', port: 0 });
  } catch (error) {
    // The emulator checks its options when it starts (a state file it cannot use, say): still bad input.
    if (error instanceof TypeError) throw new UsageError([{ parameter: '--emulator', problem: error.message, allowed: 'see ecs-pipelines emulator --help' }], command);
    throw error;
  }
  return { url: server.url, credentials: { ...DEFAULT_CREDENTIALS }, close: () => server.close() };
}
