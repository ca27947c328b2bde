// The emulator's DeleteImagePipeline (family reference §4): refused while a build task of the template has
// not reached a final state; deleting it deletes its build tasks too (they are no longer listed).
import { hasRunningExecution } from '../builder-errors.js';
import { imagePipelineNotFound } from '../errors.js';
import type { Handler } from '../handler.js';
import { runningTask } from '../template-rules.js';

/** Delete an image template. */
export const handleDeleteImagePipeline: Handler<'DeleteImagePipeline'> = (input, { region, data, state }) => {
  const id = input.ImagePipelineId;
  if (!data.pipelines.some((p) => p.ImagePipelineId === id)) return { ok: false, error: imagePipelineNotFound(id) };
  const running = runningTask(data.executions, id);
  if (running) return { ok: false, error: hasRunningExecution(id, running.ExecutionId ?? '') };
  state.remove('pipelines', region, id);
  return { ok: true, body: {} };
};
