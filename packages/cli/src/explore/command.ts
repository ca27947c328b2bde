// `ecs-pipelines explore [--emulator] [--port N] [--host H]`: serves the explorer page (server.ts) and prints
// `explorer on http://HOST:PORT`; with --emulator an embedded emulator answers (its --emulator-<flag>s pass
// on as for any subcommand), else the page's signed requests are relayed to the real ECS endpoints. Runs until
// Ctrl-C.
import { type FlagSpec, flagValue, parseArgs } from '../args.js';
import type { Io } from '../io.js';
import { parseInteger } from '../parse-number.js';
import { UsageError } from '../usage-error.js';
import { EMULATOR_PREFIX } from '../commands/options.js';

const NAME = 'explore';

/** The flags of `explore`. */
export const exploreFlags: readonly FlagSpec[] = [
  { name: 'emulator', kind: 'boolean', help: 'an embedded emulator answers (demo data, its documented demo key filled in); no account needed' },
  { name: 'emulator-', prefix: true, kind: 'string', value: 'VALUE', help: 'with --emulator: any flag of "ecs-pipelines emulator" (--emulator-state FILE, --emulator-build-step-ms MS, …)' },
  { name: 'port', kind: 'string', value: 'N', help: 'the port to serve on (default 0: any free port, printed)' },
  { name: 'host', kind: 'string', value: 'HOST', help: 'the interface to serve on (default 127.0.0.1; anything else exposes the relay to the network)' },
  { name: 'help', short: 'h', kind: 'boolean', help: 'show this help' },
];

/** `ecs-pipelines explore --help`. */
export function exploreHelp(): string {
  const left = exploreFlags.map((f) => `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.prefix ? 'FLAG' : ''}${f.value ? ` ${f.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return [
    'ecs-pipelines explore — try every action in a browser, and see why a signature fails',
    '',
    'Usage: ecs-pipelines explore [--emulator] [--port N] [--host HOST]',
    '',
    'Serves a page on this machine (printed as "explorer on http://HOST:PORT"): a form per action, generated',
    'from the spec, that validates as the client does, signs in the browser with the client\'s own edge build',
    '(the secret is typed into the page, kept in its memory only and never sent), and shows the request as sent,',
    'the canonical request and the string to sign, the response, and the same call as TypeScript, a CLI command',
    'and Alibaba\'s SDK. Without --emulator the page\'s signed requests go through this server (Alibaba\'s API',
    'sends no CORS headers) to ECS endpoints (https://ecs….aliyuncs.com) and nowhere else.',
    '',
    'Flags:',
    ...exploreFlags.map((f, i) => `  ${left[i]!.padEnd(width)}${f.help}`),
    '',
    'Ctrl-C stops it.',
    '',
  ].join('\n');
}

/** Runs `explore` with `argv` (the words after it); resolves with the exit code once stopped. */
export async function runExplore(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, exploreFlags, NAME);
  if (args.switches.has('help')) {
    await io.stdout.write(exploreHelp());
    return 0;
  }
  if (args.positionals.length > 0) {
    throw new UsageError([{ parameter: args.positionals[0]!, problem: 'unexpected argument', allowed: 'flags only: --emulator, --port N, --host HOST' }], NAME);
  }
  const portText = flagValue(args, 'port') ?? '0';
  const port = parseInteger(portText);
  if (port === undefined || port < 0 || port > 65535) throw new UsageError([{ parameter: '--port', problem: `"${portText}" is not a port`, allowed: 'an integer from 0 to 65535 (0: any free port)' }], NAME);
  const host = flagValue(args, 'host') ?? '127.0.0.1';
  const passed = new Map([...args.values].filter(([k]) => k.startsWith(EMULATOR_PREFIX)).map(([k, v]) => [k.slice(EMULATOR_PREFIX.length), v[v.length - 1]!]));
  if (passed.size > 0 && !args.switches.has('emulator')) {
    throw new UsageError([{ parameter: `--${EMULATOR_PREFIX}${[...passed.keys()][0]}`, problem: 'needs --emulator', allowed: '--emulator with it' }], NAME);
  }

  const { startExplorer } = await import('./server.js');
  const emulator = args.switches.has('emulator') ? await (await import('../commands/embedded-emulator.js')).startEmbeddedEmulator(passed, NAME) : undefined;
  let explorer;
  try {
    explorer = await startExplorer({
      host,
      port,
      ...(emulator ? { emulator: { url: emulator.url, credentials: { accessKeyId: emulator.credentials.accessKeyId, accessKeySecret: emulator.credentials.accessKeySecret } } } : {}),
    });
  } catch (error) {
    await emulator?.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES' || code === 'ENOTFOUND') {
      throw new UsageError([{ parameter: '--port', problem: `cannot listen on ${host}:${port} (${code})`, allowed: 'a free port on an interface of this machine; 0 picks one' }], NAME);
    }
    throw error;
  }
  await io.stdout.write(`explorer on ${explorer.url}\n`);
  await io.stderr.write(
    emulator
      ? `explore: an embedded emulator answers at ${emulator.url} (its demo key ${emulator.credentials.accessKeyId} is filled in); Ctrl-C stops both\n`
      : 'explore: requests are signed in the page and relayed to https://ecs….aliyuncs.com only; Ctrl-C stops\n',
  );
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    await io.stderr.write(`explore: listening on ${host}, not loopback: anyone who can reach it and read the page can use the relay\n`);
  }

  let stop = () => {};
  await new Promise<void>((resolve) => {
    stop = () => resolve();
    process.once('SIGTERM', stop);
    io.signal?.addEventListener('abort', stop, { once: true });
    if (io.signal?.aborted) stop();
  });
  process.off('SIGTERM', stop);
  io.signal?.removeEventListener('abort', stop);
  await explorer.close();
  await emulator?.close();
  await io.stderr.write('explore: stopped\n');
  return 0;
}
