// The emulator's CreateImagePipeline (family reference §3): checks what the spec's rules cannot — the source
// image each BaseImageType needs, RepairItem without RepairMode, content size in bytes, duplicate tag keys,
// the components the content references, the region's quota — and adds the template in front of the
// region's list. ClientToken replays are the router's.
import { operations } from '@org/ecs-pipelines-core';
import { contentTooLong, duplicateTagKey, missingImportImageOptions, missingRepairMode, quotaExceeded } from '../builder-errors.js';
import { isoSeconds } from '../clock.js';
import { byteLength, MAX_CONTENT_BYTES } from '../content.js';
import { missingParameter, type ServiceError } from '../errors.js';
import type { Handler } from '../handler.js';
import { newPipelineId } from '../ids.js';
import { pipelineRecord } from '../pipeline-record.js';
import { componentProblem, duplicateKey } from '../template-rules.js';

const op = operations.CreateImagePipeline;
const CONTENT_CODES = { BuildContent: 'InvalidBuildContent.LengthExceeded', TestContent: 'InvalidParameter.TestContent' } as const;

/** Create an image template. */
export const handleCreateImagePipeline: Handler<'CreateImagePipeline'> = (input, { region, data, state, now }) => {
  const fail = (error: ServiceError) => ({ ok: false, error }) as const;
  if (input.BaseImageType === 'OSS') {
    // Documented: 404 MissingParameter.ImportImageOptions. Without a disk to import there is nothing to import.
    if (!input.ImportImageOptions?.DiskDeviceMappings?.length) return fail(missingImportImageOptions());
  } else if (!input.BaseImage) {
    // The code for IMAGE / IMAGE_FAMILY without BaseImage is undocumented (§13 Q4: MissingParameter or
    // InvalidParameterCombination). We answer the common MissingParameter (400) naming BaseImage: the
    // parameter is missing, not contradicting another, and the message says what to add.
    return fail(missingParameter('BaseImage'));
  }
  // When RepairMode counts as missing is undocumented (§13 Q7); repair items without a mode is the one case.
  if (input.RepairItem?.length && !input.RepairMode) return fail(missingRepairMode());
  for (const parameter of ['BuildContent', 'TestContent'] as const) {
    const bytes = byteLength(input[parameter] ?? '');
    if (bytes > MAX_CONTENT_BYTES) return fail(contentTooLong(CONTENT_CODES[parameter], parameter, bytes, MAX_CONTENT_BYTES));
  }
  for (const [parameter, tags] of [['Tag', input.Tag], ['ImageOptions.ImageTags', input.ImageOptions?.ImageTags]] as const) {
    const key = duplicateKey(tags);
    if (key !== undefined) return fail(duplicateTagKey(op, parameter, key));
  }
  const problem = componentProblem(input.BuildContent, 'BuildContent', data.components) ?? componentProblem(input.TestContent, 'TestContent', data.components);
  if (problem) return fail(problem);
  const quota = state.settings.quotas.pipelines;
  if (data.pipelines.length >= quota) return fail(quotaExceeded('QuotaExceed.ImagePipeline', 'image pipeline', quota));

  const id = newPipelineId();
  state.add('pipelines', region, pipelineRecord(input, id, isoSeconds(now)));
  return { ok: true, body: { ImagePipelineId: id } };
};
