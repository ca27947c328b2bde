// The service's filter semantics, as a pure function over one region's pipelines.
import type { ImagePipeline } from '@org/ecs-pipelines-core';

/** The filters of one query, already validated. */
export interface PipelineFilter {
  ImagePipelineId?: readonly string[];
  Name?: string;
  ResourceGroupId?: string;
  Tag?: ReadonlyArray<{ Key: string; Value?: string }>;
}

/**
 * Keeps the pipelines that match every given filter, in their stored order:
 * - `ImagePipelineId`: any of the IDs;
 * - `Name`, `ResourceGroupId`: equal;
 * - `Tag`: every tag must be on the pipeline; a tag without a value (or with an empty one, which the
 *   SDKs send as `Tag.N.Value=`) matches any value of its key.
 * An empty list or an empty string filters nothing, as the SDKs send them when a field is left blank.
 */
export function filterPipelines(pipelines: readonly ImagePipeline[], filter: PipelineFilter): ImagePipeline[] {
  const ids = filter.ImagePipelineId?.length ? new Set(filter.ImagePipelineId) : undefined;
  const tags = filter.Tag ?? [];
  return pipelines.filter((p) => {
    if (ids && !ids.has(p.ImagePipelineId ?? '')) return false;
    if (filter.Name && p.Name !== filter.Name) return false;
    if (filter.ResourceGroupId && p.ResourceGroupId !== filter.ResourceGroupId) return false;
    const own = p.Tags?.Tag ?? [];
    return tags.every((want) =>
      own.some((t) => t.TagKey === want.Key && (want.Value === undefined || want.Value === '' || t.TagValue === want.Value)),
    );
  });
}

/**
 * A canonical text of the filters (order-insensitive where the service's semantics are), used to bind a
 * `NextToken` to the query it came from.
 */
export function filterFingerprint(region: string, filter: PipelineFilter): string {
  const ids = [...new Set(filter.ImagePipelineId ?? [])].sort();
  const tags = (filter.Tag ?? []).map((t) => `${t.Key}\u0000${t.Value ?? ''}`).sort();
  return JSON.stringify([region, ids, filter.Name ?? '', filter.ResourceGroupId ?? '', tags]);
}
