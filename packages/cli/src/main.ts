// The top of the command: picks the subcommand (one per action of the generated table, the short forms, the
// emulator), scrubs every write of secrets, and turns failures into exit codes and stderr lines (see exit.ts).
import { commandNames, findCommand } from './commands/catalog.js';
import { describeFailure, EXIT } from './exit.js';
import { mainHelp } from './help.js';
import { filteredStream, type Io } from './io.js';
import { redactPatterns, SecretRegistry } from './scrub.js';
import { closest } from './suggest.js';
import { formatIssue } from './usage-error.js';
import { cliVersion } from './version.js';

const SECRET_FLAGS = new Set(['--access-key-secret', '--security-token']);

/** The values of the emulator command's secret flags (`--access-key-secret S` or `--access-key-secret=S`). */
export function secretFlagValues(argv: readonly string[]): string[] {
  const values: string[] = [];
  argv.forEach((arg, i) => {
    const eq = arg.indexOf('=');
    if (eq > 0 && SECRET_FLAGS.has(arg.slice(0, eq))) values.push(arg.slice(eq + 1));
    else if (SECRET_FLAGS.has(arg) && argv[i + 1] !== undefined) values.push(argv[i + 1]!);
  });
  return values;
}

/** Runs `ecs-pipelines` with `argv` (without node and the script); resolves with the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const secrets = new SecretRegistry();
  // Known before anything runs, so even a failure while reading flags cannot echo them.
  secrets.add(io.env['ALIBABA_CLOUD_ACCESS_KEY_SECRET']);
  secrets.add(io.env['ALIBABA_CLOUD_SECURITY_TOKEN']);
  const safe: Io = {
    ...io,
    stdout: filteredStream(io.stdout, (t) => secrets.hide(t)),
    stderr: filteredStream(io.stderr, (t) => secrets.hide(redactPatterns(t))),
  };
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      await safe.stderr.write(mainHelp());
      return EXIT.usage;
    }
    if (command === '--help' || command === '-h' || command === 'help') {
      await safe.stdout.write(mainHelp());
      return EXIT.ok;
    }
    if (command === '--version' || command === '-V') {
      await safe.stdout.write(`${cliVersion()}\n`);
      return EXIT.ok;
    }
    // Commands load on demand: --help and --version should not pay for core, the client, the emulator and hono.
    const resolved = findCommand(command);
    if (resolved) return await (await import('./commands/run-command.js')).runCommand(resolved, rest, safe, secrets);
    if (command === 'emulator') {
      for (const value of secretFlagValues(rest)) secrets.add(value);
      return await (await import('./commands/emulator.js')).runEmulator(rest, safe);
    }
    if (command === 'explore') return await (await import('./explore/command.js')).runExplore(rest, safe);
    const names = [...commandNames(), 'emulator', 'explore'];
    const guess = closest(command.replace(/^-+/, ''), names);
    const issue = {
      parameter: 'command',
      problem: `unknown command "${command}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
      allowed: `${names.join(', ')}, --help, --version`,
    };
    await safe.stderr.write(`ecs-pipelines: ${formatIssue(issue)}\nRun "ecs-pipelines --help" for usage.\n`);
    return EXIT.usage;
  } catch (error) {
    const failure = describeFailure(error, command);
    await safe.stderr.write(`${failure.lines.join('\n')}\n`);
    return failure.code;
  }
}
