// A write without an idempotency token that failed after it may have reached the service (the connection
// broke, the service failed while answering) is not retried by the client, which marks the error
// `outcomeUnknown`. Saying only "failed" would invite a blind retry (a second delete, a second cancel), so the
// CLI says plainly that the outcome is unknown and how to look before trying again.
import type { OperationSpec } from '@org/ecs-pipelines-core';
import { CliFailure, describeFailure, EXIT, fieldRows } from '../exit.js';
import { lookupCommand, targetWords } from './follow-up.js';
import type { RunOptions } from './options.js';
import { isField, type ParamFlag } from './param-flags.js';

/** The failure to report for `error` when its outcome is unknown; undefined otherwise. */
export function outcomeUnknown(error: unknown, op: OperationSpec, flags: readonly ParamFlag[], request: Readonly<Record<string, unknown>>, options: RunOptions, command: string): CliFailure | undefined {
  if (typeof error !== 'object' || error === null || Reflect.get(error, 'outcomeUnknown') !== true) return undefined;
  const target = targetWords(options, request['RegionId']);
  const checks = flags
    .filter((f) => f.required && !isField(f) && typeof request[f.param] === 'string')
    .map((f) => lookupCommand(f.param, String(request[f.param]), target))
    .filter((c): c is string => c !== undefined);
  return new CliFailure(EXIT.failed, [
    `ecs-pipelines: the outcome is unknown: ${op.action} may or may not have been carried out`,
    ...fieldRows([
      ['Why', 'the request failed after it may have reached the service, and an action without an idempotency token is not retried (it could run twice)'],
      ...checks.map((c) => ['Check', c] as const),
      ['Then', `run "ecs-pipelines ${command} …" again only if it did not happen`],
    ]),
    '',
    ...describeFailure(error, command).lines,
  ]);
}
