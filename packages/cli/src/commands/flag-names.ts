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

/**
 * The source recorded for the longest wire path that starts `parameter`: `ImageOptions.ImageTags.2.Key` finds
 * `ImageOptions.ImageTags` (the flag that gave the list) or `ImageOptions` (the file that gave the struct).
 */
function recorded(parameter: string, context: FlagContext): string | undefined {
  const parts = parameter.split('.');
  for (let n = parts.length; n > 0; n--) {
    const source = context.params?.get(parts.slice(0, n).join('.'));
    if (source !== undefined) return source;
  }
  return undefined;
}

/** The flag (or variable) a wire parameter or client option stands for; the name itself when none does. */
export function flagFor(parameter: string, context: FlagContext = {}): string {
  const param = recorded(parameter, context);
  if (param !== undefined) return param;
  const root = parameter.split(/[.[]/)[0] ?? parameter;
  if (root === 'regionId') return context.params?.get('RegionId') ?? '--region';
  if (root === 'credentials') return context.credentialsSource ?? 'credentials';
  return Object.hasOwn(OPTION_FLAGS, root) ? OPTION_FLAGS[root]! : parameter;
}

/** Issues in wire spelling → usage issues naming the flag and, for request parameters, the wire name: `--tag (Tag.21.Key)`. */
export function issuesToUsage(issues: readonly ValidationIssue[], command: string, context: FlagContext = {}): UsageError {
  const usage: UsageIssue[] = issues.map((i) => {
    const flag = flagFor(i.parameter, context);
    // Request parameters keep their wire name (which of 21 tags, which field); client options need none.
    const wire = recorded(i.parameter, context) !== undefined && flag !== i.parameter;
    return { parameter: wire ? `${flag} (${i.parameter})` : flag, problem: i.problem, allowed: i.allowed };
  });
  return new UsageError(usage, command);
}

/** An `EcsValidationError` (from any installed copy of core) as a {@link UsageError}; undefined for any other error. */
export function validationToUsage(error: unknown, command: string, context: FlagContext = {}): UsageError | undefined {
  return EcsValidationError.isInstance(error) ? issuesToUsage(error.issues, command, context) : undefined;
}
