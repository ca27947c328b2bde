// `ecs-pipelines emulator …`: starts the emulator server, prints where it listens, logs requests (redacted)
// to stderr, and stops cleanly on SIGINT/SIGTERM (or when the caller's signal aborts).
import { readFile } from 'node:fs/promises';
import { operations } from '@org/ecs-pipelines-core';
import { DEFAULT_CREDENTIALS, type EmulatorCredential } from '../options.js';
import { FAULT_KINDS, type FaultKind } from '../faults.js';
import { formatLogEntry } from '../log.js';
import { startEmulatorServer, type EmulatorServerOptions } from './server.js';
import { StateFileError } from './state-file.js';

/** The streams and signal the command uses (the CLI's `Io` fits). */
export interface EmulatorCommandIo {
  stdout: {
    /** Writes help and the listening line. */
    write(text: string): unknown;
  };
  stderr: {
    /** Writes errors and, unless `--quiet`, one line per request. */
    write(text: string): unknown;
  };
  /** Stops the server when aborted, besides SIGINT/SIGTERM. */
  signal?: AbortSignal | undefined;
}

/** One flag of the emulator command, for help texts. */
export interface EmulatorFlag {
  name: string;
  value: string;
  help: string;
}

/** The flags of the command, for help texts. */
export const EMULATOR_FLAGS: readonly EmulatorFlag[] = [
  { name: 'host', value: 'HOST', help: 'interface to listen on (default 127.0.0.1)' },
  { name: 'port', value: 'PORT', help: 'port, 0 for any free one (default 8787)' },
  { name: 'pipelines', value: 'N', help: 'generated pipelines per region (default 20)' },
  { name: 'executions', value: 'N', help: 'generated build tasks per pipeline (default 3)' },
  { name: 'components', value: 'N', help: 'generated image components per region (default 15)' },
  { name: 'seed', value: 'S', help: 'seed of the generated data (default ecs-pipelines)' },
  { name: 'data', value: 'FILE', help: 'JSON file of pipelines by region, instead of generated ones' },
  { name: 'regions', value: 'LIST', help: 'comma-separated region IDs to serve' },
  { name: 'access-key-id', value: 'ID', help: `accepted AccessKey ID (default ${DEFAULT_CREDENTIALS.accessKeyId})` },
  { name: 'access-key-secret', value: 'SECRET', help: 'its secret (default: the documented demo secret)' },
  { name: 'security-token', value: 'TOKEN', help: 'require this STS token with that key' },
  { name: 'fault-rate', value: 'P', help: 'probability from 0 to 1 that a request gets a fault (default 0)' },
  { name: 'fault-seed', value: 'S', help: 'seed of the fault draw (default 1)' },
  { name: 'fault-kinds', value: 'LIST', help: `comma-separated: ${FAULT_KINDS.join(', ')}` },
  { name: 'latency', value: 'MS', help: 'delay added to every answer, in ms (default 0)' },
  { name: 'state', value: 'FILE', help: 'keep created resources in this JSON file across restarts' },
  { name: 'build-step-ms', value: 'MS', help: 'how long each state of a build lasts, in ms (default 2000)' },
  { name: 'build-failure-rate', value: 'P', help: 'share of builds from 0 to 1 that fail, seeded (default 0)' },
  { name: 'cors', value: '', help: 'send CORS headers (for browser clients)' },
  { name: 'quiet', value: '', help: 'do not log requests to stderr' },
  { name: 'help', value: '', help: 'show this help' },
];

/** The help text. */
export function emulatorUsage(): string {
  const rows = EMULATOR_FLAGS.map((f) => `  --${f.name}${f.value ? ` ${f.value}` : ''}`.padEnd(30) + f.help);
  const actions = Object.keys(operations).join(', ');
  return `Usage: ecs-pipelines emulator [flags]\n\nRuns a local ECS emulator (${actions}) that verifies real signatures.\n\n${rows.join('\n')}\n`;
}

/** A bad flag: exit code 2. */
export class EmulatorUsageError extends Error {
  override name = 'EmulatorUsageError';
}

/** Parses the flags into server options; throws {@link EmulatorUsageError} listing every problem. */
export async function parseEmulatorArgs(argv: readonly string[]): Promise<EmulatorServerOptions & { help?: boolean; quiet?: boolean }> {
  const values = new Map<string, string>();
  const problems: string[] = [];
  const known = new Map(EMULATOR_FLAGS.map((f) => [f.name, f]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    const flag = m && known.get(m[1]!);
    if (!m || !flag) {
      problems.push(`unknown argument ${JSON.stringify(arg)}; allowed: ${EMULATOR_FLAGS.map((f) => `--${f.name}`).join(', ')}`);
      continue;
    }
    if (!flag.value) {
      if (m[2] !== undefined) problems.push(`--${flag.name} takes no value`);
      values.set(flag.name, 'true');
      continue;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined || (m[2] === undefined && value.startsWith('--'))) {
      problems.push(`--${flag.name} needs a value (${flag.value}: ${flag.help})`);
      if (value?.startsWith('--')) i--;
      continue;
    }
    values.set(flag.name, value);
  }
  const int = (name: string, min: number, max: number): number | undefined => {
    const v = values.get(name);
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      problems.push(`--${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(v)}`);
      return undefined;
    }
    return Number(v);
  };
  const list = (name: string) => values.get(name)?.split(',').map((s) => s.trim()).filter(Boolean);

  const out: EmulatorServerOptions & { help?: boolean; quiet?: boolean } = { port: int('port', 0, 65535) ?? 8787 };
  if (values.has('help')) out.help = true;
  if (values.has('quiet')) out.quiet = true;
  if (values.has('cors')) out.cors = true;
  if (values.has('host')) out.host = values.get('host')!;
  const pipelines = int('pipelines', 0, 100_000);
  if (pipelines !== undefined) out.pipelines = pipelines;
  const executions = int('executions', 0, 1000);
  if (executions !== undefined) out.executions = executions;
  const components = int('components', 0, 100_000);
  if (components !== undefined) out.components = components;
  const latency = int('latency', 0, 600_000);
  if (latency !== undefined) out.latencyMs = latency;
  const step = int('build-step-ms', 1, 86_400_000);
  if (step !== undefined) out.buildStepMs = step;
  if (values.has('state')) out.stateFile = values.get('state')!;
  if (values.has('seed')) out.seed = values.get('seed')!;
  if (values.has('fault-seed')) out.faultSeed = values.get('fault-seed')!;
  const regions = list('regions');
  if (regions) out.regions = regions;

  const rate = values.get('fault-rate');
  if (rate !== undefined) {
    const p = Number(rate);
    if (rate.trim() === '' || !(p >= 0 && p <= 1)) problems.push(`--fault-rate must be a number from 0 to 1, got ${JSON.stringify(rate)}`);
    else out.faultRate = p;
  }
  const failures = values.get('build-failure-rate');
  if (failures !== undefined) {
    const p = Number(failures);
    if (failures.trim() === '' || !(p >= 0 && p <= 1)) problems.push(`--build-failure-rate must be a number from 0 to 1, got ${JSON.stringify(failures)}`);
    else out.buildFailureRate = p;
  }
  const kinds = list('fault-kinds');
  if (kinds) {
    const bad = kinds.filter((k) => !(FAULT_KINDS as readonly string[]).includes(k));
    if (bad.length || kinds.length === 0) problems.push(`--fault-kinds: unknown ${bad.map((k) => JSON.stringify(k)).join(', ') || '(empty)'}; allowed: ${FAULT_KINDS.join(', ')}`);
    else out.faultKinds = kinds as FaultKind[];
  }

  const id = values.get('access-key-id');
  const secret = values.get('access-key-secret');
  const token = values.get('security-token');
  if ((id === undefined) !== (secret === undefined)) problems.push('--access-key-id and --access-key-secret go together: give both or neither');
  else if (id !== undefined && (!id || !secret)) problems.push('--access-key-id and --access-key-secret must not be empty');
  else if (id !== undefined) {
    const cred: EmulatorCredential = { accessKeyId: id, accessKeySecret: secret! };
    if (token !== undefined) cred.securityToken = token;
    out.credentials = [cred];
  }
  if (token !== undefined && id === undefined) problems.push('--security-token needs --access-key-id and --access-key-secret');

  const file = values.get('data');
  if (file !== undefined) {
    try {
      out.data = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown[]>;
    } catch (e) {
      problems.push(`--data ${file}: ${e instanceof SyntaxError ? 'not valid JSON' : (e as NodeJS.ErrnoException).code ?? 'cannot be read'} (${(e as Error).message.split('\n')[0]})`);
    }
  }
  if (problems.length) throw new EmulatorUsageError(problems.join('\n'));
  return out;
}

/**
 * Runs `ecs-pipelines emulator`: resolves with the exit code once the server has stopped (0 after
 * SIGINT/SIGTERM or an aborted `io.signal`, 2 for bad flags, 1 when it cannot listen).
 */
export async function runEmulatorCommand(argv: readonly string[], io: EmulatorCommandIo): Promise<number> {
  let options: Awaited<ReturnType<typeof parseEmulatorArgs>>;
  try {
    options = await parseEmulatorArgs(argv);
  } catch (e) {
    if (!(e instanceof EmulatorUsageError)) throw e;
    await io.stderr.write(`ecs-pipelines emulator: ${e.message.split('\n').join('\necs-pipelines emulator: ')}\n\n${emulatorUsage()}`);
    return 2;
  }
  if (options.help) {
    await io.stdout.write(emulatorUsage());
    return 0;
  }
  const { quiet, help: _help, ...serverOptions } = options;
  let server;
  try {
    server = await startEmulatorServer({
      ...serverOptions,
      ...(quiet ? {} : { onRequest: (entry) => void io.stderr.write(`${formatLogEntry(entry)}\n`) }),
      onStateError: (e) => void io.stderr.write(`ecs-pipelines emulator: ${e.message}\n`),
    });
  } catch (e) {
    // A state file that cannot be used: refuse to start (and to overwrite it).
    if (e instanceof StateFileError) {
      await io.stderr.write(`ecs-pipelines emulator: --state: ${e.message}\n`);
      return 1;
    }
    const code = (e as NodeJS.ErrnoException).code;
    await io.stderr.write(`ecs-pipelines emulator: ${e instanceof TypeError ? e.message : `cannot listen on ${options.host ?? '127.0.0.1'}:${options.port}: ${code ?? (e as Error).message}`}\n`);
    return e instanceof TypeError ? 2 : 1;
  }
  await io.stdout.write(`listening on ${server.url}\n`);
  const keyId = options.credentials?.[0]?.accessKeyId ?? DEFAULT_CREDENTIALS.accessKeyId;
  const pipelines = Object.values(server.emulator.pipelines).reduce((n, l) => n + l.length, 0);
  await io.stderr.write(
    `emulator: ${pipelines} pipelines in ${server.emulator.regions.length} regions; AccessKey ID ${keyId}` +
      `${options.credentials ? '' : ' (the default demo credentials, see the README)'}; control endpoint ${server.url}/__emulator/health` +
      `${options.stateFile ? `; state in ${options.stateFile}` : ''}\n`,
  );

  let stop = () => {};
  await new Promise<void>((resolve) => {
    stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    io.signal?.addEventListener('abort', stop, { once: true });
    if (io.signal?.aborted) stop();
  });
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  io.signal?.removeEventListener('abort', stop);
  await server.close();
  await io.stderr.write('emulator: stopped\n');
  return 0;
}
