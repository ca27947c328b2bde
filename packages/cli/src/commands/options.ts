// Turns the parsed flags of `describe` into typed options, reporting every CLI-only problem at once
// (output format, paging, transport). Request parameters are the spec's: the client checks them before sending.
import { flagValue, flagValues, type ParsedArgs } from '../args.js';
import { parseInteger } from '../parse-number.js';
import { UsageError, type UsageIssue } from '../usage-error.js';

/** Output formats of `describe`. */
export const OUTPUT_FORMATS = ['table', 'json', 'ndjson'] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Signature algorithms the client speaks. */
export const SIGNATURE_VERSIONS = ['v3', 'v1'] as const;
/** One of {@link SIGNATURE_VERSIONS}. */
export type SignatureVersion = (typeof SIGNATURE_VERSIONS)[number];

/** Bounds of --timeout: a CLI choice (an hour is already far beyond any sane attempt), not a service rule. */
export const TIMEOUT_MS = { min: 1, max: 3_600_000 } as const;
/** Bounds of --max-attempts: a CLI choice that keeps a typo from hammering the service. */
export const MAX_ATTEMPTS = { min: 1, max: 10 } as const;

/** A request tag filter as given on the command line. */
export interface TagFilter {
  Key: string;
  Value?: string;
}

/** The request parameters given as flags, before the region is resolved. */
export interface RequestFlags {
  region?: string;
  tags: TagFilter[];
  ids: string[];
  name?: string;
  resourceGroupId?: string;
  /** The number when the flag was numeric, else the text as typed (the client's validation reports either). */
  maxResults?: number | string;
  nextToken?: string;
}

/** Everything `describe` was asked to do. */
export interface DescribeOptions {
  request: RequestFlags;
  /** Follow NextToken (set by --all and by --max-items). */
  all: boolean;
  maxItems?: number;
  profile?: string;
  endpoint?: string;
  signatureVersion: SignatureVersion;
  timeoutMs?: number;
  maxAttempts?: number;
  emulator: boolean;
  /** undefined: pick from the terminal (table on a TTY, json otherwise). */
  output?: OutputFormat;
  verbose: boolean;
}

/** `KEY=VALUE` → {Key, Value}; `KEY` → {Key} (matches any value). The first `=` splits, so values may hold `=`. */
export function parseTag(text: string): TagFilter {
  const eq = text.indexOf('=');
  return eq < 0 ? { Key: text } : { Key: text.slice(0, eq), Value: text.slice(eq + 1) };
}

function oneOf<T extends string>(flag: string, text: string | undefined, allowed: readonly T[], issues: UsageIssue[]): T | undefined {
  if (text === undefined) return undefined;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  issues.push({ parameter: flag, problem: `"${text}" is not a valid value`, allowed: allowed.join(', ') });
  return undefined;
}

function integer(flag: string, text: string | undefined, min: number, max: number, allowed: string, issues: UsageIssue[]): number | undefined {
  if (text === undefined) return undefined;
  const n = parseInteger(text);
  if (n === undefined) issues.push({ parameter: flag, problem: `"${text}" is not an integer`, allowed });
  else if (n < min || n > max) issues.push({ parameter: flag, problem: `${n} is out of range`, allowed });
  else return n;
  return undefined;
}

function endpointUrl(text: string | undefined, issues: UsageIssue[]): string | undefined {
  if (text === undefined) return undefined;
  const allowed = 'an http:// or https:// URL, e.g. https://ecs.cn-hangzhou.aliyuncs.com';
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  // `127.0.0.1:8787` parses as a URL whose scheme is "127.0.0.1:", so the scheme is checked by name.
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    issues.push({ parameter: '--endpoint', problem: `"${text}" is not an http(s) URL (a scheme is required)`, allowed });
    return undefined;
  }
  if (url.username || url.password) {
    issues.push({ parameter: '--endpoint', problem: 'must not contain a user name or password', allowed });
    return undefined;
  }
  return text;
}

// "1.5" → 1.5 so the client says "not an integer"; "abc" stays text so it says what it got.
const asNumber = (text: string): number | string => (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : text);

/** Reads the options of `describe`; throws a {@link UsageError} listing every problem. */
export function describeOptions(args: ParsedArgs): DescribeOptions {
  const issues: UsageIssue[] = [];
  if (args.positionals.length > 0) {
    issues.push({ parameter: 'describe', problem: `unexpected argument "${args.positionals[0]}"`, allowed: 'flags only (see --help)' });
  }
  // MaxResults' range is the spec's: the client checks it (and reports "1.5" or "abc" with the allowed range).
  const maxResultsText = flagValue(args, 'max-results');
  const maxResults = maxResultsText === undefined ? undefined : (parseInteger(maxResultsText) ?? asNumber(maxResultsText));
  const maxItems = integer('--max-items', flagValue(args, 'max-items'), 1, Number.MAX_SAFE_INTEGER, 'a positive integer', issues);
  const timeoutMs = integer('--timeout', flagValue(args, 'timeout'), TIMEOUT_MS.min, TIMEOUT_MS.max,
    `an integer number of milliseconds from ${TIMEOUT_MS.min} to ${TIMEOUT_MS.max}`, issues);
  const maxAttempts = integer('--max-attempts', flagValue(args, 'max-attempts'), MAX_ATTEMPTS.min, MAX_ATTEMPTS.max,
    `an integer from ${MAX_ATTEMPTS.min} to ${MAX_ATTEMPTS.max}`, issues);
  const output = oneOf('--output', flagValue(args, 'output'), OUTPUT_FORMATS, issues);
  const signatureVersion = oneOf('--signature-version', flagValue(args, 'signature-version'), SIGNATURE_VERSIONS, issues) ?? 'v3';
  const endpoint = endpointUrl(flagValue(args, 'endpoint'), issues);
  const emulator = args.switches.has('emulator');
  if (emulator && endpoint !== undefined) {
    issues.push({ parameter: '--endpoint', problem: 'cannot be combined with --emulator', allowed: 'either --endpoint URL or --emulator' });
  }
  if (emulator && flagValue(args, 'profile') !== undefined) {
    issues.push({ parameter: '--profile', problem: 'cannot be combined with --emulator (it uses its own credentials)', allowed: 'either --profile NAME or --emulator' });
  }
  if (issues.length > 0) throw new UsageError(issues, 'describe');

  const request: RequestFlags = {
    tags: flagValues(args, 'tag').map(parseTag),
    ids: [...flagValues(args, 'id')],
  };
  const set = <K extends keyof RequestFlags>(key: K, value: RequestFlags[K] | undefined) => {
    if (value !== undefined) request[key] = value;
  };
  set('region', flagValue(args, 'region'));
  set('name', flagValue(args, 'name'));
  set('resourceGroupId', flagValue(args, 'resource-group-id'));
  set('maxResults', maxResults);
  set('nextToken', flagValue(args, 'next-token'));

  const options: DescribeOptions = {
    request,
    all: args.switches.has('all') || maxItems !== undefined,
    signatureVersion,
    emulator,
    verbose: args.switches.has('verbose'),
  };
  if (maxItems !== undefined) options.maxItems = maxItems;
  if (timeoutMs !== undefined) options.timeoutMs = timeoutMs;
  if (maxAttempts !== undefined) options.maxAttempts = maxAttempts;
  if (output !== undefined) options.output = output;
  if (endpoint !== undefined) options.endpoint = endpoint;
  const profile = flagValue(args, 'profile');
  if (profile !== undefined) options.profile = profile;
  return options;
}
