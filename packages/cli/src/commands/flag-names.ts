// Core and the client name problems by wire parameter (`MaxResults`, `Tag.21.Key`) or client option
// (`endpoint`, `retry.maxAttempts`); a person at a terminal typed flags, so each problem names both.
import { EcsValidationError, type ValidationIssue } from '@org/ecs-pipelines-core';
import { UsageError, type UsageIssue } from '../usage-error.js';

/** Where each value came from: request parameters (by wire name) and the credentials. */
export interface FlagContext {
  /** Wire parameter → the flag (or variable) that set it (`RegionId` → `ALIBABA_CLOUD_REGION_ID`). */
  params?: ReadonlyMap<string, string>;
  credentialsSource?: string;
}

// The client's option names → the common flags that set them (CLI flags, not per action).
const OPTION_FLAGS: Readonly<Record<string, string>> = {
  endpoint: '--endpoint',
  signatureVersion: '--signature-version',
  method: '--method',
  timeoutMs: '--timeout',
  retry: '--max-attempts',
  maxItems: '--max-items',
  pageSize: '--page-size',
  startingToken: '--starting-token',
};

/** The flag (or variable) a wire parameter or client option stands for; the name itself when none does. */
export function flagFor(parameter: string, context: FlagContext = {}): string {
  const root = parameter.split(/[.[]/)[0] ?? parameter;
  const param = context.params?.get(root);
  if (param !== undefined) return param;
  if (root === 'regionId') return context.params?.get('RegionId') ?? '--region';
  if (root === 'credentials') return context.credentialsSource ?? 'credentials';
  return Object.hasOwn(OPTION_FLAGS, root) ? OPTION_FLAGS[root]! : parameter;
}

/** Issues in wire spelling → usage issues naming the flag and, for request parameters, the wire name: `--tag (Tag.21.Key)`. */
export function issuesToUsage(issues: readonly ValidationIssue[], command: string, context: FlagContext = {}): UsageError {
  const usage: UsageIssue[] = issues.map((i) => {
    const flag = flagFor(i.parameter, context);
    // Request parameters keep their wire name (which of 21 tags, which field); client options need none.
    const wire = context.params?.has(i.parameter.split(/[.[]/)[0] ?? '') && flag !== i.parameter;
    return { parameter: wire ? `${flag} (${i.parameter})` : flag, problem: i.problem, allowed: i.allowed };
  });
  return new UsageError(usage, command);
}

/** An `EcsValidationError` (from any installed copy of core) as a {@link UsageError}; undefined for any other error. */
export function validationToUsage(error: unknown, command: string, context: FlagContext = {}): UsageError | undefined {
  return EcsValidationError.isInstance(error) ? issuesToUsage(error.issues, command, context) : undefined;
}
