// The emulator's DescribeImagePipelineExecutions: the build tasks of one template and/or one task by ID,
// narrowed by states and tags, newest first (family reference §7). Checks and paging are the router's.
import { imagePipelineNotFound } from '../errors.js';
import type { Handler } from '../handler.js';
import { matchesTags } from '../filter.js';

/**
 * Query image build tasks.
 * - `ImagePipelineId` must name a template of the region (`InvalidImagePipeline.NotFound`, 404, as documented);
 * - an unknown `ExecutionId` is an empty page, not an error: Terraform treats an empty list as "not found"
 *   (family reference §7.1, §13 Q17);
 * - `Status` is a comma-separated list of states (any of them); left out, every state;
 * - `Tag.N`: every tag must be on the task (a task carries its template's tags).
 */
export const handleDescribeImagePipelineExecutions: Handler<'DescribeImagePipelineExecutions'> = (input, { data }) => {
  const pipeline = input.ImagePipelineId;
  if (pipeline !== undefined && !data.pipelines.some((p) => p.ImagePipelineId === pipeline)) return { ok: false, error: imagePipelineNotFound(pipeline) };
  const states = input.Status ? new Set(input.Status.split(',')) : undefined;
  const items = data.executions.filter(
    (e) =>
      (pipeline === undefined || e.ImagePipelineId === pipeline) &&
      (input.ExecutionId === undefined || e.ExecutionId === input.ExecutionId) &&
      (states === undefined || states.has(e.Status ?? '')) &&
      matchesTags(e.Tags, input.Tag),
  );
  return { ok: true, items };
};
