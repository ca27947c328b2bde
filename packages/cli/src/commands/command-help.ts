// `ecs-pipelines <command> --help`, for any subcommand: the spec's summary and description, each request
// parameter (its description and what core's rules allow), then the common flags.
import type { FlagSpec } from '../args.js';
import { EXIT_CODES } from '../help.js';
import type { Resolved } from './catalog.js';
import { outputFlags, pagingFlags, transportFlags } from './common-flags.js';
import { type ParamFlag, paramHelp } from './param-flags.js';

function flagLines(flags: readonly FlagSpec[]): string[] {
  const left = flags.map((f) => `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? ` ${f.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return flags.map((f, i) => `  ${left[i]!.padEnd(width)}${f.help}`);
}

/** `ecs-pipelines <command> --help`: the spec's summary and description, each parameter, the common flags. */
export function commandHelp(resolved: Resolved, params: readonly ParamFlag[]): string {
  const { name, command, shortForm } = resolved;
  const paged = command.items !== undefined;
  return [
    `ecs-pipelines ${name} — ${command.summary} (${command.action})${shortForm ? `; short for ${shortForm.command}` : ''}`,
    '',
    command.description,
    '',
    `Usage: ecs-pipelines ${name} [--region REGION] [parameters]${paged ? ' [--all | --max-items N]' : ''} [-o table|json|ndjson]`,
    '',
    'Parameters (the wire name in parentheses; problems are reported under both):',
    ...params.flatMap(paramHelp),
    ...(paged ? ['', 'Paging:', ...flagLines(pagingFlags)] : []),
    '',
    'Region, credentials and transport:',
    ...flagLines(transportFlags),
    '',
    'Output:',
    ...flagLines(outputFlags),
    '',
    'Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and (for STS)',
    'ALIBABA_CLOUD_SECURITY_TOKEN, or from --profile NAME (or ALIBABA_CLOUD_PROFILE) in ~/.aliyun/config.json.',
    '',
    'Output formats:',
    paged
      ? '  table   one row per item (its ID, Name, Status, first fields, CreationTime), fitted to the terminal,\n          then "N of TotalCount"'
      : '  table   the answer\'s fields, one per row',
    paged ? '  json    one page: the response body (wire field names); with --all or --max-items: an array of items' : '  json    the response body (wire field names)',
    paged ? '  ndjson  one item per line, printed as pages arrive' : '  ndjson  the response body on one line',
    '',
    'Example:',
    `  ecs-pipelines ${name} --emulator${paged ? ' --all' : ''} -o table`,
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}
