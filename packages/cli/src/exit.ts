// Exit codes and what stderr says for each failure. The SDK's errors are recognised by `name` (core brands
// every class with it) so the CLI works whichever copy of the core package the client brought.
import { validationToUsage } from './commands/flag-names.js';
import { formatIssue, UsageError, type UsageIssue } from './usage-error.js';

/** 0 success; 1 the service or the network failed; 2 the command line was wrong (nothing was sent); 130 Ctrl-C. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** What to print and which code to exit with. */
export interface Failure {
  code: number;
  lines: string[];
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  serviceMessage?: unknown;
  requestId?: unknown;
  httpStatus?: unknown;
  recommend?: unknown;
  accessDeniedDetail?: unknown;
  contentType?: unknown;
  excerpt?: unknown;
  retryable?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function usageLines(issues: readonly UsageIssue[], command: string): string[] {
  const where = command ? `ecs-pipelines ${command}` : 'ecs-pipelines';
  return [...issues.map((i) => `${where}: ${formatIssue(i)}`), `Run "${where} --help" for usage. Nothing was sent.`];
}

/** The exit code and stderr lines for `error`, thrown while running `command`. */
export function describeFailure(error: unknown, command = 'describe'): Failure {
  if (error instanceof UsageError) return { code: EXIT.usage, lines: usageLines(error.issues, error.command) };
  const e = (error ?? {}) as ErrorLike;
  switch (e.name) {
    case 'EcsValidationError': {
      const usage = validationToUsage(error)!;
      return { code: EXIT.usage, lines: usageLines(usage.issues, command) };
    }
    case 'EcsApiError': {
      const lines = [
        'ecs-pipelines: the service refused the request',
        `  Code:        ${String(e.code ?? 'unknown')}`,
        `  Message:     ${String(e.serviceMessage ?? e.message ?? '')}`,
        `  RequestId:   ${str(e.requestId) ?? '(none)'}`,
        `  HTTP status: ${String(e.httpStatus ?? '(none)')}`,
      ];
      if (str(e.recommend)) lines.push(`  Recommend:   ${String(e.recommend)}`);
      if (str(e.accessDeniedDetail)) lines.push(`  AccessDeniedDetail: ${String(e.accessDeniedDetail)}`);
      return { code: EXIT.failed, lines };
    }
    case 'EcsResponseError': {
      const lines = ['ecs-pipelines: the service sent an answer that could not be read', `  ${String(e.message ?? '')}`];
      if (e.httpStatus !== undefined) lines.push(`  HTTP status:  ${String(e.httpStatus)}`);
      if (str(e.contentType)) lines.push(`  Content-Type: ${String(e.contentType)}`);
      if (str(e.excerpt)) lines.push(`  Body starts:  ${JSON.stringify(e.excerpt)}`);
      return { code: EXIT.failed, lines };
    }
    case 'EcsTimeoutError':
      return { code: EXIT.failed, lines: ['ecs-pipelines: the request timed out (raise --timeout or --max-attempts)', `  ${String(e.message ?? '')}`] };
    case 'EcsNetworkError':
      return { code: EXIT.failed, lines: ['ecs-pipelines: the network failed (check --endpoint, --region and your connection)', `  ${String(e.message ?? '')}`] };
    case 'EcsAbortError':
      return { code: EXIT.interrupted, lines: ['ecs-pipelines: interrupted'] };
    default:
      return { code: EXIT.failed, lines: [`ecs-pipelines: ${String(e.name ?? 'Error')}: ${String(e.message ?? error)}`] };
  }
}
