// Undoing what a write created, so checks against the real service leave nothing behind. Which action undoes
// a create is read from the rules, not named: a write without an idempotency token whose one required
// parameter besides RegionId is the ID the create returned (ImagePipelineId → DeleteImagePipeline,
// ImageComponentId → DeleteImageComponent, ExecutionId → CancelImagePipelineExecution).
import { operations, type Action } from '@org/ecs-pipelines-core';
import { isRecord } from '../util.js';
import { call, type CallResult, type SuiteTarget } from './call.js';

/** The action that undoes what a create returned in `field` (`ImagePipelineId`), if the spec has one. */
export function undoAction(field: string): Action | undefined {
  return (Object.keys(operations) as Action[]).find((a) => {
    const op = operations[a];
    const required = (op.request.required ?? []).filter((k) => k !== 'RegionId');
    return !op.readOnly && !op.idempotencyToken && !op.pagination && required.length === 1 && required[0] === field;
  });
}

/** The IDs a create answered with (`{ ImagePipelineId: 'ip-…' }`), by field; none for other answers. */
export function createdIds(res: CallResult): Record<string, string> {
  if (res.status !== 200 || !isRecord(res.json)) return {};
  const body = res.json;
  return Object.fromEntries(Object.keys(body).filter((k) => k !== 'RequestId' && k.endsWith('Id') && typeof body[k] === 'string' && body[k]).map((k) => [k, String(body[k])]));
}

/**
 * When `res` is a success of the write `action` that created something, undoes it (best effort: a failure
 * to undo is not the check's verdict, the check's own expectation is). Returns what it undid.
 */
export async function undoCreated(target: SuiteTarget, action: Action, res: CallResult): Promise<string[]> {
  if (operations[action].readOnly) return [];
  const undone: string[] = [];
  for (const [field, id] of Object.entries(createdIds(res))) {
    const undo = undoAction(field);
    if (!undo || undo === action) continue;
    await call(target, { [field]: id }, { action: undo }).catch(() => undefined);
    undone.push(`${undo} ${id}`);
  }
  return undone;
}
