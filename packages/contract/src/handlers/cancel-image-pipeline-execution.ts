// The emulator's CancelImagePipelineExecution (family reference §6, the current rule): a task in PREPARING,
// REPAIRING or BUILDING goes to CANCELLING, then CANCELLED one build step later. A finished task is 400
// InvalidStatus.CancelFailed (its message names the final states); a running one past those states (TESTING,
// DISTRIBUTING, RELEASING, CANCELLING — so a second cancel too) is 403 InvalidStatus.ImagePipelineExecution
// (§6.4 and §13 Q9: the mapping is our reading). An unknown ID is InvalidImagePipelineExecution.NotFound.
import { cancelFailed, executionNotFound, notCancellable } from '../builder-errors.js';
import { CANCELLABLE_STATES, FINAL_STATES } from '../execution-states.js';
import type { Handler } from '../handler.js';

/** Cancel an image build. */
export const handleCancelImagePipelineExecution: Handler<'CancelImagePipelineExecution'> = (input, { region, data, state }) => {
  const task = data.executions.find((e) => e.ExecutionId === input.ExecutionId);
  if (!task) return { ok: false, error: executionNotFound() };
  const status = task.Status ?? '';
  if (FINAL_STATES.has(status)) return { ok: false, error: cancelFailed() };
  if (!CANCELLABLE_STATES.has(status)) return { ok: false, error: notCancellable(status) };
  state.cancel(region, task);
  return { ok: true, body: {} };
};
