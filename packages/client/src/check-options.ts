// Validation of createClient's options, call options and pagination options: every problem at once, each
// naming the option and what it accepts, and never echoing a string value (it could be a misplaced secret).
import { allowed as allowedBySchema, nearestName, operation, type ValidationIssue } from '@org/ecs-pipelines-core';
import { credentialIssues } from './credentials.js';
import { endpointProblem } from './endpoint.js';
import { invalid } from './invalid.js';

type Rule = (value: unknown, name: string) => ValidationIssue[];

// setTimeout's largest delay; a longer one fires at once.
const MAX_TIMER_MS = 2_147_483_647;

const issue = (parameter: string, problem: string, allowed: string): ValidationIssue[] => [{ parameter, problem, allowed }];

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : `a ${typeof v}`);

/** An integer in [min, max]. */
export const integer =
  (min: number, max: number, unit = ''): Rule =>
  (v, name) => {
    const allowed = `an integer from ${min} to ${max}${unit}`;
    if (typeof v !== 'number') return issue(name, `is ${kind(v)}`, allowed);
    if (!Number.isInteger(v)) return issue(name, Number.isNaN(v) ? 'is NaN' : `is ${v}, not an integer`, allowed);
    return v < min || v > max ? issue(name, `is ${v}`, allowed) : [];
  };

const oneOf =
  (...values: string[]): Rule =>
  (v, name) =>
    typeof v === 'string' && values.includes(v) ? [] : issue(name, typeof v === 'string' ? 'is not one of them' : `is ${kind(v)}`, values.map((x) => `'${x}'`).join(' or '));

const fn: Rule = (v, name) => (typeof v === 'function' ? [] : issue(name, `is ${kind(v)}`, 'a function'));

const text =
  (pattern: RegExp, allowed: string): Rule =>
  (v, name) =>
    typeof v !== 'string' ? issue(name, `is ${kind(v)}`, allowed) : pattern.test(v) ? [] : issue(name, v ? 'is malformed' : 'is empty', allowed);

const nonEmpty = text(/^[^\u0000-\u001f\u007f]+$/, 'a non-empty string without control characters');

/** Checks a plain object against named rules: unknown names are issues too, with the nearest known name. */
export function checkObject(value: unknown, rules: Record<string, Rule>, name: string, allowed: string): ValidationIssue[] {
  if (value === undefined) return [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return issue(name || 'options', `is ${kind(value)}`, allowed);
  const known = Object.keys(rules);
  const issues: ValidationIssue[] = [];
  for (const [key, v] of Object.entries(value)) {
    const path = name ? `${name}.${key}` : key;
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (!rule) {
      const guess = nearestName(key, known);
      issues.push({ parameter: path, problem: `is not an option${guess ? `; did you mean "${guess}"?` : ''}`, allowed: known.join(', ') });
    } else if (v !== undefined) issues.push(...rule(v, path));
  }
  return issues;
}

const spec = (param: string) => operation.parameters.find((p) => p.name === param)?.schema as Parameters<typeof allowedBySchema>[0];

// The spec's RegionId rule, checked here rather than by validateRequest, whose message quotes the value.
const region = spec('RegionId') as { minLength: number; maxLength: number; pattern: string };
const regionPattern = new RegExp(region.pattern);
const regionId: Rule = (v, name) => {
  const allowed = `${allowedBySchema(spec('RegionId'))}, such as cn-hangzhou`;
  if (typeof v !== 'string') return issue(name, `is ${kind(v)}`, allowed);
  if (v === '') return issue(name, 'is empty', allowed);
  return v.length <= region.maxLength && regionPattern.test(v) ? [] : issue(name, 'has the wrong format', allowed);
};

const endpoint: Rule = (v, name) => {
  const allowed = 'an http(s) origin such as https://ecs.cn-hangzhou.aliyuncs.com or http://127.0.0.1:8787';
  if (typeof v !== 'string') return issue(name, `is ${kind(v)}`, allowed);
  const problem = endpointProblem(v);
  return problem ? issue(name, problem, allowed) : [];
};

const retryRules: Record<string, Rule> = {
  maxAttempts: integer(1, 100),
  baseDelayMs: integer(0, MAX_TIMER_MS, ' (ms)'),
  maxDelayMs: integer(0, MAX_TIMER_MS, ' (ms)'),
};
const retry: Rule = (v, name) => checkObject(v, retryRules, name, `an object with ${Object.keys(retryRules).join(', ')}`);

const signal: Rule = (v, name) =>
  v !== null && typeof v === 'object' && typeof (v as AbortSignal).aborted === 'boolean' && typeof (v as AbortSignal).addEventListener === 'function'
    ? []
    : issue(name, `is ${kind(v)}`, 'an AbortSignal');

const logger: Rule = (v, name) =>
  v !== null && typeof v === 'object' && typeof (v as { debug?: unknown }).debug === 'function' ? [] : issue(name, `is ${kind(v)}`, 'an object with a debug(message) method, such as console');

const callRules: Record<string, Rule> = { signal, timeoutMs: integer(1, MAX_TIMER_MS, ' (ms)'), retry };

const clientRules: Record<string, Rule> = {
  regionId,
  credentials: (v, name) => (typeof v === 'function' ? [] : credentialIssues(v, name)),
  endpoint,
  network: oneOf('public', 'vpc'),
  signatureVersion: oneOf('v3', 'v1'),
  method: oneOf('GET', 'POST'),
  retry,
  timeoutMs: callRules.timeoutMs!,
  fetch: fn,
  appId: text(/^[\x21-\x7e][\x20-\x7e]{0,127}$/, 'printable ASCII, 1 to 128 characters, such as my-app/1.2'),
  onRequest: fn,
  onResponse: fn,
  onError: fn,
  logger,
};

const maxResults = spec('MaxResults') as { minimum: number; maximum: number };
const pageRules: Record<string, Rule> = {
  ...callRules,
  pageSize: integer(maxResults.minimum, maxResults.maximum),
  startingToken: nonEmpty,
};
const listRules: Record<string, Rule> = { ...pageRules, maxItems: integer(1, Number.MAX_SAFE_INTEGER) };

const fail = (issues: ValidationIssue[]) => {
  if (issues.length) invalid(issues);
};

/** Throws `EcsValidationError` unless `options` are valid createClient options. */
export function assertClientOptions(options: unknown): void {
  if (options === undefined) invalid(issue('options', 'is missing', 'an object with at least credentials'));
  const issues = checkObject(options, clientRules, '', 'an object with at least credentials');
  if (!issues.length && (options as { credentials?: unknown }).credentials === undefined) {
    issues.push(...credentialIssues(undefined));
  }
  fail(issues);
}

/** Throws `EcsValidationError` unless `options` are valid options for one call. */
export const assertCallOptions = (options: unknown): void => fail(checkObject(options, callRules, '', 'an object'));

/** Throws `EcsValidationError` unless `options` are valid pagination options. */
export const assertPageOptions = (options: unknown): void => fail(checkObject(options, pageRules, '', 'an object'));

/** Throws `EcsValidationError` unless `options` are valid item-iteration options. */
export const assertListOptions = (options: unknown): void => fail(checkObject(options, listRules, '', 'an object'));
