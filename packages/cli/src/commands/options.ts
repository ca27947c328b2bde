// Turns the parsed common flags into typed options, reporting every CLI-only problem at once (output format,
// paging, transport, waiting, the embedded emulator's flags). Request parameters are the spec's (request.ts, checked by core); the endpoint's rule is
// the client's (createClient refuses a bad one before sending, reported under --endpoint).
import { flagValue, type ParsedArgs } from '../args.js';
import { parseDuration, parseInteger } from '../parse-number.js';
import { UsageError, type UsageIssue } from '../usage-error.js';

/** Output formats. */
export const OUTPUT_FORMATS = ['table', 'json', 'ndjson'] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Signature algorithms the client speaks. */
export const SIGNATURE_VERSIONS = ['v3', 'v1'] as const;
/** HTTP methods the client sends with. */
export const METHODS = ['GET', 'POST'] as const;

/** Bounds of --timeout: a CLI choice (an hour is already far beyond any sane attempt), not a service rule. */
export const TIMEOUT_MS = { min: 1, max: 3_600_000 } as const;
/** Bounds of --max-attempts: a CLI choice that keeps a typo from hammering the service. */
export const MAX_ATTEMPTS = { min: 1, max: 10 } as const;
/** --max-wait: an hour by default (image builds take tens of minutes), at most a week. */
export const MAX_WAIT_MS = { default: 3_600_000, max: 7 * 24 * 3_600_000 } as const;
/** --poll-interval: at least 100 ms (a typo must not hammer the service), at most an hour. */
export const POLL_INTERVAL_MS = { min: 100, max: 3_600_000 } as const;
/** The prefix of the flags passed to the embedded emulator (`--emulator-state FILE` → its `--state FILE`). */
export const EMULATOR_PREFIX = 'emulator-';

/** Everything a subcommand was asked to do besides its request parameters. */
export interface RunOptions {
  /** `--region`, when given (the request's RegionId; see target.ts for the fallbacks). */
  region?: string;
  /** Follow the next-page token (set by --all and by --max-items). */
  all: boolean;
  maxItems?: number;
  profile?: string;
  endpoint?: string;
  signatureVersion: (typeof SIGNATURE_VERSIONS)[number];
  method?: (typeof METHODS)[number];
  timeoutMs?: number;
  maxAttempts?: number;
  emulator: boolean;
  /** `--emulator-<flag> VALUE` → the embedded emulator's `--<flag> VALUE`, by `<flag>`. */
  emulatorFlags: ReadonlyMap<string, string>;
  /** --wait (actions whose answer a waiter can follow), with its limits. */
  wait: boolean;
  maxWaitMs: number;
  pollIntervalMs?: number;
  /** --yes: no confirmation prompt. */
  yes: boolean;
  /** undefined: pick from the terminal (table on a TTY, json otherwise). */
  output?: OutputFormat;
  verbose: boolean;
}

function oneOf<T extends string>(flag: string, text: string | undefined, allowed: readonly T[], issues: UsageIssue[]): T | undefined {
  if (text === undefined) return undefined;
  const found = allowed.find((a) => a === text);
  if (found === undefined) issues.push({ parameter: flag, problem: `"${text}" is not a valid value`, allowed: allowed.join(', ') });
  return found;
}

const spelt = (ms: number) => (ms % 3_600_000 === 0 && ms > 0 ? `${ms / 3_600_000}h` : ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`);

function duration(flag: string, text: string | undefined, min: number, max: number, issues: UsageIssue[]): number | undefined {
  if (text === undefined) return undefined;
  const ms = parseDuration(text);
  const ok = ms !== undefined && ms >= min && ms <= max;
  if (!ok) issues.push({ parameter: flag, problem: ms === undefined ? `"${text}" is not a duration` : `${text} is out of range`, allowed: `a duration from ${spelt(min)} to ${spelt(max)}: 500ms, 90s, 30m, 2h (a bare number is seconds)` });
  return ok ? ms : undefined;
}

function integer(flag: string, text: string | undefined, min: number, max: number, allowed: string, issues: UsageIssue[]): number | undefined {
  if (text === undefined) return undefined;
  const n = parseInteger(text);
  if (n === undefined) issues.push({ parameter: flag, problem: `"${text}" is not an integer`, allowed });
  else if (n < min || n > max) issues.push({ parameter: flag, problem: `${n} is out of range`, allowed });
  else return n;
  return undefined;
}

/** Reads the common options of subcommand `command`; throws a {@link UsageError} listing every problem. */
export function runOptions(args: ParsedArgs, command: string): RunOptions {
  const issues: UsageIssue[] = [];
  if (args.positionals.length > 0) {
    issues.push({ parameter: command, problem: `unexpected argument "${args.positionals[0]}"`, allowed: 'flags only, or the one ID the usage line shows (see --help)' });
  }
  const maxItems = integer('--max-items', flagValue(args, 'max-items'), 1, Number.MAX_SAFE_INTEGER, 'a positive integer', issues);
  const timeoutMs = integer('--timeout', flagValue(args, 'timeout'), TIMEOUT_MS.min, TIMEOUT_MS.max,
    `an integer number of milliseconds from ${TIMEOUT_MS.min} to ${TIMEOUT_MS.max}`, issues);
  const maxAttempts = integer('--max-attempts', flagValue(args, 'max-attempts'), MAX_ATTEMPTS.min, MAX_ATTEMPTS.max,
    `an integer from ${MAX_ATTEMPTS.min} to ${MAX_ATTEMPTS.max}`, issues);
  const output = oneOf('--output', flagValue(args, 'output'), OUTPUT_FORMATS, issues);
  const signatureVersion = oneOf('--signature-version', flagValue(args, 'signature-version'), SIGNATURE_VERSIONS, issues) ?? 'v3';
  const method = oneOf('--method', flagValue(args, 'method'), METHODS, issues);
  const endpoint = flagValue(args, 'endpoint');
  const profile = flagValue(args, 'profile');
  const emulator = args.switches.has('emulator');
  if (emulator && endpoint !== undefined) {
    issues.push({ parameter: '--endpoint', problem: 'cannot be combined with --emulator', allowed: 'either --endpoint URL or --emulator' });
  }
  if (emulator && profile !== undefined) {
    issues.push({ parameter: '--profile', problem: 'cannot be combined with --emulator (it uses its own credentials)', allowed: 'either --profile NAME or --emulator' });
  }
  const emulatorFlags = new Map([...args.values].filter(([k]) => k.startsWith(EMULATOR_PREFIX)).map(([k, v]) => [k.slice(EMULATOR_PREFIX.length), v.at(-1)!]));
  if (emulatorFlags.size > 0 && !emulator) {
    issues.push({ parameter: `--${EMULATOR_PREFIX}${[...emulatorFlags.keys()][0]}`, problem: 'needs --emulator (it sets up the embedded emulator)', allowed: '--emulator with it, or ecs-pipelines emulator in another terminal and --endpoint' });
  }
  const wait = args.switches.has('wait');
  const maxWaitMs = duration('--max-wait', flagValue(args, 'max-wait'), 0, MAX_WAIT_MS.max, issues);
  const pollIntervalMs = duration('--poll-interval', flagValue(args, 'poll-interval'), POLL_INTERVAL_MS.min, POLL_INTERVAL_MS.max, issues);
  for (const [flag, given] of [['--max-wait', maxWaitMs], ['--poll-interval', pollIntervalMs]] as const) {
    if (given !== undefined && !wait) issues.push({ parameter: flag, problem: 'only applies with --wait', allowed: `--wait ${flag} DURATION` });
  }
  if (issues.length > 0) throw new UsageError(issues, command);

  const options: RunOptions = {
    all: args.switches.has('all') || maxItems !== undefined,
    signatureVersion,
    emulator,
    emulatorFlags,
    wait,
    maxWaitMs: maxWaitMs ?? MAX_WAIT_MS.default,
    yes: args.switches.has('yes'),
    verbose: args.switches.has('verbose'),
  };
  if (pollIntervalMs !== undefined) options.pollIntervalMs = pollIntervalMs;
  const region = flagValue(args, 'region');
  if (region !== undefined) options.region = region;
  if (maxItems !== undefined) options.maxItems = maxItems;
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs;
  if (maxAttempts !== undefined) options.maxAttempts = maxAttempts;
  if (output !== undefined) options.output = output;
  if (method !== undefined) options.method = method;
  if (endpoint !== undefined) options.endpoint = endpoint;
  if (profile !== undefined) options.profile = profile;
  return options;
}
