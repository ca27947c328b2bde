// Exit codes and what stderr says for each failure. The SDK's errors are recognised by `name` (core brands
// every class with it), so this file, which every run loads, does not load core. A validation error never
// gets here: the subcommand turns it into a usage error under flag names first (commands/flag-names.ts).
import { terminalSafe } from './output/text-width.js';
import { formatIssue, UsageError, type UsageIssue } from './usage-error.js';

/** 0 success; 1 the service or the network failed; 2 the command line was wrong (nothing was sent); 130 Ctrl-C. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** What to print and which code to exit with. */
export interface Failure {
  code: number;
  lines: string[];
}

/** A failure a command has described itself (a failed build, an unknown outcome): its lines, already made terminal-safe. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';
  constructor(readonly code: number, readonly lines: string[]) {
    super(lines[0] ?? 'failed');
  }
}

interface ErrorLike {
  name?: unknown;
  issues?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  serviceMessage?: unknown;
  requestId?: unknown;
  httpStatus?: unknown;
  recommend?: unknown;
  accessDeniedDetail?: unknown;
  contentType?: unknown;
  excerpt?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

// What to try next, for service codes whose fix is on the caller's side.
const HINTS: ReadonlyArray<[RegExp, string]> = [
  [/^(SignatureDoesNotMatch|IncompleteSignature)$/, 'check the AccessKey secret (ALIBABA_CLOUD_ACCESS_KEY_SECRET or the profile\'s access_key_secret)'],
  [/^InvalidAccessKeyId/, 'check the AccessKey ID (ALIBABA_CLOUD_ACCESS_KEY_ID or the profile\'s access_key_id)'],
  [/^InvalidSecurityToken/, 'the STS token is expired or does not belong to this AccessKey ID (ALIBABA_CLOUD_SECURITY_TOKEN)'],
  [/^InvalidTimeStamp/, 'check this machine\'s clock: requests must be signed within 15 minutes of the service\'s time'],
  [/^Throttling/, 'the service is limiting requests: wait and retry, or raise --max-attempts'],
  [/^InvalidRegionId/, 'check --region (or ALIBABA_CLOUD_REGION_ID): e.g. cn-hangzhou'],
  [/^Forbidden/, 'the RAM identity needs the ecs: permission of this action (the command\'s --help names the action)'],
];

/** `  Label:  value`, with the value's further lines indented under its first and control characters neutralised. */
export function field(label: string, value: string, width: number): string {
  const pad = `  ${`${label}:`.padEnd(width)} `;
  return pad + value.split(/\r?\n/).map(terminalSafe).join(`\n${' '.repeat(pad.length)}`);
}

/** `Label: value` lines with the values aligned under the longest label. */
export function fieldRows(rows: ReadonlyArray<readonly [label: string, value: string]>): string[] {
  const width = Math.max(0, ...rows.map(([label]) => label.length + 1));
  return rows.map(([label, value]) => field(label, value, width));
}

/** `fetch failed ← connect ECONNREFUSED 127.0.0.1:1`: the causes a network error carries, outermost first. */
function causeChain(error: ErrorLike): string | undefined {
  const said = String(error.message ?? '');
  const parts: string[] = [];
  let cause = error.cause as ErrorLike | undefined;
  for (let depth = 0; cause && depth < 4; depth++, cause = cause.cause as ErrorLike | undefined) {
    const text = str(cause.message) ?? str(cause.code);
    if (text && !parts.includes(text)) parts.push(text);
  }
  // Nothing new when the message already ends with what the causes say.
  return parts.length > 0 && !said.endsWith(parts.join(' ← ')) && !(parts.length === 1 && said.includes(parts[0]!)) ? parts.join(' ← ') : undefined;
}

function usageLines(issues: readonly UsageIssue[], command: string): string[] {
  const where = command ? `ecs-pipelines ${command}` : 'ecs-pipelines';
  return [...issues.map((i) => terminalSafe(`${where}: ${formatIssue(i)}`)), `Run "${where} --help" for usage. Nothing was sent.`];
}

/** The exit code and stderr lines for `error`, thrown while running `command`. */
export function describeFailure(error: unknown, command = ''): Failure {
  if (error instanceof UsageError) return { code: EXIT.usage, lines: usageLines(error.issues, error.command) };
  if (error instanceof CliFailure) return { code: error.code, lines: error.lines };
  const e = (error ?? {}) as ErrorLike;
  const message = String(e.message ?? error);
  switch (e.name) {
    case 'EcsValidationError': {
      // Only a client option the CLI does not map could land here (the subcommand maps the rest): still bad
      // input, still nothing sent. Issues are read as core writes them: { parameter, problem, allowed }.
      const issues = (Array.isArray(e.issues) ? e.issues : []).map((i: Record<string, unknown>) =>
        ({ parameter: String(i['parameter']), problem: String(i['problem']), allowed: String(i['allowed']) }));
      return { code: EXIT.usage, lines: usageLines(issues.length ? issues : [{ parameter: 'request', problem: message, allowed: 'see --help' }], command) };
    }
    case 'EcsApiError': {
      const code = String(e.code ?? 'unknown');
      const lines = [
        'ecs-pipelines: the service refused the request',
        field('Code', code, 12),
        field('Message', String(e.serviceMessage ?? e.message ?? ''), 12),
        field('RequestId', str(e.requestId) ?? '(none)', 12),
        field('HTTP status', String(e.httpStatus ?? '(none)'), 12),
      ];
      if (str(e.recommend)) lines.push(field('Recommend', String(e.recommend), 12));
      if (str(e.accessDeniedDetail)) lines.push(field('AccessDeniedDetail', String(e.accessDeniedDetail), 12));
      const hint = HINTS.find(([re]) => re.test(code))?.[1];
      if (hint) lines.push(field('Hint', hint, 12));
      return { code: EXIT.failed, lines };
    }
    case 'EcsResponseError': {
      const lines = ['ecs-pipelines: the service sent an answer that could not be read', field('Problem', message, 13)];
      if (e.httpStatus !== undefined) lines.push(field('HTTP status', String(e.httpStatus), 13));
      if (str(e.contentType)) lines.push(field('Content-Type', String(e.contentType), 13));
      if (str(e.excerpt)) lines.push(field('Body starts', JSON.stringify(e.excerpt), 13));
      return { code: EXIT.failed, lines };
    }
    case 'EcsTimeoutError':
      return { code: EXIT.failed, lines: ['ecs-pipelines: the request timed out (raise --timeout or --max-attempts)', field('Problem', message, 8)] };
    case 'EcsNetworkError': {
      const lines = ['ecs-pipelines: the network failed (check --endpoint, --region and the connection)', field('Problem', message, 8)];
      const chain = causeChain(e);
      if (chain) lines.push(field('Cause', chain, 8));
      return { code: EXIT.failed, lines };
    }
    case 'EcsAbortError':
      return { code: EXIT.interrupted, lines: ['ecs-pipelines: interrupted'] };
    default:
      return { code: EXIT.failed, lines: [terminalSafe(`ecs-pipelines: ${String(e.name ?? 'Error')}: ${message}`)] };
  }
}
