// `ecs-pipelines --help`: every subcommand of the generated table (the spec's summaries), the short forms,
// the emulator and the explorer. Reads only generated data, so top-level help loads neither core nor the client.
import { commands, findCommand, SHORT_FORMS } from './commands/catalog.js';

/** What the exit codes mean (every help ends with it). */
export const EXIT_CODES = 'Exit codes: 0 success, 1 the service or the network failed (Code, Message, RequestId, HTTP status and\n'
  + 'the Recommend link on stderr), what --wait waited for failed, or a confirmation was declined; 2 bad usage\n'
  + 'or input (nothing was sent); 130 interrupted.';

/** `ecs-pipelines --help`: every subcommand of the generated table, the short forms, the emulator. */
export function mainHelp(): string {
  const rows: Array<[string, string]> = [
    ...commands.map((c): [string, string] => [c.name, `${c.summary} (${c.action})`]),
    ...SHORT_FORMS.filter((s) => findCommand(s.name)).map((s): [string, string] => [s.name, `short for ${s.command}`]),
    ['emulator', 'run a local emulator of the API'],
    ['explore', 'try every action in a browser page: forms, signing, the string to sign, code (--emulator for no account)'],
  ];
  const width = Math.max(...rows.map(([n]) => n.length)) + 3;
  return [
    'ecs-pipelines — the Alibaba Cloud ECS image builder API from a terminal',
    '',
    'Usage: ecs-pipelines <command> [flags]      (ecs-pipelines <command> --help for its flags)',
    '',
    'Commands:',
    ...rows.map(([n, what]) => `  ${n.padEnd(width)}${what}`),
    '',
    '  ecs-pipelines --version   print the version',
    '  ecs-pipelines --help      print this help',
    '',
    'Try it without an account:',
    `  ecs-pipelines ${SHORT_FORMS[0]?.name ?? commands[0]?.name} --emulator --all`,
    '  ecs-pipelines <command> --emulator --emulator-state state.json …   (what you create stays between runs)',
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}
