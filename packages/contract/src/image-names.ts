// The names of the images build tasks create (family reference §10.3 item 5): `{ImageName}_{ExecutionId}`, or
// the template's image name alone with `AdvancedOptions.ImageNameSuffix=disable`, which can then collide with
// the image of an earlier task in the region (`InvalidImageName.Duplicated`).
import type { ImagePipeline, ImagePipelineExecution } from '@org/ecs-pipelines-core';
import { HAS_IMAGE, RUNNING_STATES } from './execution-states.js';

const RUNNING: ReadonlySet<string> = new Set(RUNNING_STATES);
/** The task's image exists, or it runs on towards it (a CANCELLING one never creates it). */
const holdsName = (status: string): boolean => HAS_IMAGE.has(status) || (RUNNING.has(status) && status !== 'CANCELLING');

/** The template's image name (the deprecated top-level `ImageName` when `ImageOptions` has none). */
const baseName = (template: ImagePipeline): string => template.ImageOptions?.ImageName || template.ImageName || '';

/** The name of the image a task of `template` creates. */
export function finalImageName(template: ImagePipeline, executionId: string): string {
  const name = baseName(template);
  return template.AdvancedOptions?.ImageNameSuffix === 'disable' ? name : `${name}_${executionId}`;
}

/**
 * The task of `tasks` whose image already has the name a new task of `template` would give its image, if any.
 * Only a template with the suffix disabled and an image name can collide (an ExecutionId is new). A task holds
 * its name while its image exists (HAS_IMAGE) and while it may still create it (PREPARING, REPAIRING,
 * BUILDING): the emulator reserves the name at start, so two running builds never race for one name. Tasks of
 * deleted templates are gone with them, and copies in other regions are not tracked, so neither counts.
 */
export function imageNameHolder(template: ImagePipeline, tasks: readonly ImagePipelineExecution[], templates: readonly ImagePipeline[]): ImagePipelineExecution | undefined {
  const name = baseName(template);
  if (template.AdvancedOptions?.ImageNameSuffix !== 'disable' || !name) return undefined;
  const byId = new Map(templates.map((t) => [t.ImagePipelineId, t]));
  return tasks.find((task) => {
    const owner = byId.get(task.ImagePipelineId);
    return holdsName(task.Status ?? '') && owner !== undefined && finalImageName(owner, task.ExecutionId ?? '') === name;
  });
}
