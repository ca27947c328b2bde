// The service's filter semantics shared by the handlers, as pure functions: tags (every given tag must be on
// the resource) and the image-template filters of DescribeImagePipelines.
import type { ImagePipeline, RequestOf, RequestTag, ResourceTag } from '@org/ecs-pipelines-core';

/** The filters of DescribeImagePipelines, as the request spells them. */
export type PipelineFilter = Pick<RequestOf<'DescribeImagePipelines'>, 'ImagePipelineId' | 'Name' | 'ResourceGroupId' | 'Tag'>;

/**
 * True when every tag of `want` is on the resource. A tag without a value (or with an empty one, which the
 * SDKs send as `Tag.N.Value=`) matches any value of its key. No tags match everything.
 */
export function matchesTags(own: { Tag?: readonly ResourceTag[] } | undefined, want: readonly RequestTag[] | undefined): boolean {
  const tags = own?.Tag ?? [];
  return (want ?? []).every((w) => tags.some((t) => t.TagKey === w.Key && (w.Value === undefined || w.Value === '' || t.TagValue === w.Value)));
}

/**
 * Keeps the pipelines that match every given filter, in their stored order:
 * - `ImagePipelineId`: any of the IDs;
 * - `Name`, `ResourceGroupId`: equal;
 * - `Tag`: every given tag is on the pipeline; one without a value matches any value of its key.
 * An empty list or an empty string filters nothing, as the SDKs send them when a field is left blank.
 */
export function filterPipelines(pipelines: readonly ImagePipeline[], filter: PipelineFilter): ImagePipeline[] {
  const ids = filter.ImagePipelineId?.length ? new Set(filter.ImagePipelineId) : undefined;
  return pipelines.filter((p) => {
    if (ids && !ids.has(p.ImagePipelineId ?? '')) return false;
    if (filter.Name && p.Name !== filter.Name) return false;
    if (filter.ResourceGroupId && p.ResourceGroupId !== filter.ResourceGroupId) return false;
    return matchesTags(p.Tags, filter.Tag);
  });
}
