// The client names problems by wire parameter (`MaxResults`, `Tag.21.Key`) or client option (`regionId`,
// `retry.maxAttempts`); a person at a terminal typed flags, so errors are reported under the flag's name.
import { UsageError, type UsageIssue } from '../usage-error.js';

/** Where a value that is not a flag came from (the region and credentials may come from the environment). */
export interface FlagContext {
  regionSource?: string;
  credentialsSource?: string;
}

const BY_ROOT: Record<string, string> = {
  Tag: '--tag',
  ImagePipelineId: '--id',
  Name: '--name',
  ResourceGroupId: '--resource-group-id',
  NextToken: '--next-token',
  startingToken: '--next-token',
  MaxResults: '--max-results',
  pageSize: '--max-results',
  maxItems: '--max-items',
  endpoint: '--endpoint',
  signatureVersion: '--signature-version',
  timeoutMs: '--timeout',
  retry: '--max-attempts',
};

/** The flag (or variable) a client-side parameter name stands for; the name itself when none does. */
export function flagFor(parameter: string, context: FlagContext = {}): string {
  const root = parameter.split(/[.[]/)[0] ?? parameter;
  if (root === 'RegionId' || root === 'regionId') return context.regionSource ?? '--region';
  if (root === 'credentials') return context.credentialsSource ?? 'credentials';
  return BY_ROOT[root] ?? parameter;
}

interface IssueLike {
  parameter?: unknown;
  problem?: unknown;
  allowed?: unknown;
}

/** An SDK `EcsValidationError` as a {@link UsageError} naming flags; undefined for any other error. */
export function validationToUsage(error: unknown, context: FlagContext = {}): UsageError | undefined {
  const e = error as { name?: unknown; issues?: unknown; message?: unknown } | null | undefined;
  if (e?.name !== 'EcsValidationError') return undefined;
  const raw = Array.isArray(e.issues) ? (e.issues as IssueLike[]) : [];
  const issues: UsageIssue[] = raw.map((i) => {
    const wire = String(i.parameter ?? 'request');
    const flag = flagFor(wire, context);
    return {
      parameter: flag,
      // Keep the wire name when it says more than the flag: which of 21 tags, which field of it.
      problem: `${String(i.problem ?? 'is not valid')}${/\.\d/.test(wire) ? ` (${wire})` : ''}`,
      allowed: String(i.allowed ?? 'see --help'),
    };
  });
  if (issues.length === 0) issues.push({ parameter: 'request', problem: String(e.message ?? 'is not valid'), allowed: 'see --help' });
  return new UsageError(issues, 'describe');
}
