// `ecs-pipelines <command> --help`, for any subcommand: the spec's summary and description, each request
// parameter (its description and what core's rules allow; a struct's fields under its description), then the
// common flags and the ones the action's rules add (--wait, --yes).
import type { FlagSpec } from '../args.js';
import { EXIT_CODES } from '../help.js';
import type { Resolved } from './catalog.js';
import { confirmFlags, outputFlags, pagingFlags, requestFlags, transportFlags, waitFlags } from './common-flags.js';
import { isField, type ParamFlag, paramHelp } from './param-flags.js';

function flagLines(flags: readonly FlagSpec[]): string[] {
  const left = flags.map((f) => `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.prefix ? 'FLAG' : ''}${f.value ? ` ${f.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return flags.map((f, i) => `  ${left[i]!.padEnd(width)}${f.help}`);
}

/** What the action's rules add to its help. */
export interface HelpExtras {
  /** The parameter it takes as its argument. */
  positional?: ParamFlag | undefined;
  /** It has --wait. */
  wait?: boolean;
  /** It asks before running (--yes). */
  asks?: boolean;
}

/** `ecs-pipelines <command> --help`: the spec's summary and description, each parameter, the common flags. */
export function commandHelp(resolved: Resolved, params: readonly ParamFlag[], extras: HelpExtras = {}): string {
  const { name, command, shortForm } = resolved;
  const paged = command.items !== undefined;
  const { positional, wait = false, asks = false } = extras;
  const argument = positional ? ` <${positional.param}>` : '';
  const structs = params.some(isField);
  // An action with required parameters besides its argument is easiest to try from a file.
  const needsFile = params.some((p) => p.required && p !== positional);
  return [
    `ecs-pipelines ${name} — ${command.summary} (${command.action})${shortForm ? `; short for ${shortForm.command}` : ''}`,
    '',
    command.description,
    '',
    `Usage: ecs-pipelines ${name}${argument} [--region REGION] [parameters] [--file FILE]${paged ? ' [--all | --max-items N]' : ''}${wait ? ' [--wait]' : ''}${asks ? ' [--yes]' : ''} [-o table|json|ndjson]`,
    ...(positional ? [`       (the argument is --${positional.spec.name})`] : []),
    '',
    'Parameters (the wire name in parentheses; problems are reported under both):',
    ...params.flatMap((p, i) => paramHelp(p, params[i - 1])),
    '',
    'The request from a file (flags override what it says):',
    ...flagLines(requestFlags),
    ...(structs ? ['      a struct is an object there: {"ImageOptions": {"ImageName": "web", "ImageTags": [{"Key": "team", "Value": "web"}]}}'] : []),
    ...(paged ? ['', 'Paging:', ...flagLines(pagingFlags)] : []),
    ...(wait ? ['', 'Waiting (until what the answer names ends; Ctrl-C stops waiting, not the work):', ...flagLines(waitFlags)] : []),
    ...(asks ? ['', 'Confirmation (it cannot be undone: on a terminal it asks y/N, elsewhere it needs --yes):', ...flagLines(confirmFlags)] : []),
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
      : `  table   the answer's fields, one per row${wait ? ' (with --wait: the final state\'s)' : ''}`,
    paged ? '  json    one page: the response body (wire field names); with --all or --max-items: an array of items' : `  json    the response body (wire field names)${wait ? '; with --wait: the item waited for' : ''}`,
    paged ? '  ndjson  one item per line, printed as pages arrive' : '  ndjson  the response body on one line',
    '',
    'Example:',
    `  ecs-pipelines ${name}${argument} --emulator${needsFile ? ' --file request.json' : ''}${paged ? ' --all' : ''}${wait ? ' --wait' : ''}${asks ? ' --yes' : ''} -o table`,
    '',
    EXIT_CODES,
    '',
  ].join('\n');
}
