// The emulator's StartImagePipelineExecution (family reference §5, §10): one running build task per template;
// the components the template references are checked again (they are at start, §5.3); the new task starts in
// PREPARING and moves through its phases on the emulator's clock (lifecycle.ts), failing when the seeded
// failure draw says so. With the image name suffix disabled, a name an earlier task's image holds is refused
// (image-names.ts). Its tags are the template's, with the request's `Tag.N` added or overriding.
import { operations, type ImagePipelineExecution } from '@org/ecs-pipelines-core';
import { duplicateTagKey, hasRunningExecution, imageNameDuplicated } from '../builder-errors.js';
import { isoSeconds } from '../clock.js';
import { imagePipelineNotFound } from '../errors.js';
import type { Handler } from '../handler.js';
import { newExecutionId, newImageId } from '../ids.js';
import { imageNameHolder } from '../image-names.js';
import { planPhases, type Run } from '../lifecycle.js';
import { resourceTags } from '../pipeline-record.js';
import { componentProblem, duplicateKey, runningTask } from '../template-rules.js';

const op = operations.StartImagePipelineExecution;

/** Start an image build. */
export const handleStartImagePipelineExecution: Handler<'StartImagePipelineExecution'> = (input, { region, data, state, now }) => {
  const template = data.pipelines.find((p) => p.ImagePipelineId === input.ImagePipelineId);
  if (!template) return { ok: false, error: imagePipelineNotFound(input.ImagePipelineId) };
  const running = runningTask(data.executions, input.ImagePipelineId);
  if (running) return { ok: false, error: hasRunningExecution(input.ImagePipelineId, running.ExecutionId ?? '') };
  const key = duplicateKey(input.Tag);
  if (key !== undefined) return { ok: false, error: duplicateTagKey(op, 'Tag', key) };
  const problem = componentProblem(template.BuildContent, 'BuildContent', data.components) ?? componentProblem(template.TestContent, 'TestContent', data.components);
  if (problem) return { ok: false, error: problem };
  // The reference does not say which call answers InvalidImageName.Duplicated (§10.3 item 5); we infer Start,
  // when the name is final; the spec lists the code for Start too, saying it is inferred.
  if (imageNameHolder(template, data.executions, data.pipelines)) return { ok: false, error: imageNameDuplicated() };

  const id = newExecutionId();
  const phases = planPhases(template);
  const run: Run = { startMs: now, phases, imageId: newImageId(), ref: id.slice(5), ...state.drawFailure(phases) };
  const own = resourceTags(input.Tag);
  const tags = [...(template.Tags?.Tag ?? []).filter((t) => !own.some((o) => o.TagKey === t.TagKey)), ...own];
  const task: ImagePipelineExecution = {
    ExecutionId: id,
    ImagePipelineId: input.ImagePipelineId,
    Status: 'PREPARING',
    ImageId: '',
    Message: '',
    ErrorCode: '',
    ErrorInfo: '',
    CreationTime: isoSeconds(now),
    ModifiedTime: isoSeconds(now),
    ResourceGroupId: template.ResourceGroupId ?? '',
    Tags: { Tag: tags },
  };
  state.addRun(region, task, run);
  return { ok: true, body: { ExecutionId: id } };
};
