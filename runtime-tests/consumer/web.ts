// A browser/Worker consumer, type-checked with moduleResolution "bundler", DOM types and no Node types:
// the client, core and the emulator's fetch handler must not need @types/node.
import { createClient, EcsApiError, EcsValidationError, paginateDescribeImagePipelines } from '@org/ecs-pipelines-client';
import { createEmulator, DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import type { DescribeImagePipelinesRequest } from '@org/ecs-pipelines-core';

export async function listIds(endpoint: string): Promise<string[]> {
  const client = createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, endpoint });
  const input: DescribeImagePipelinesRequest = { RegionId: 'cn-hangzhou', Tag: [{ Key: 'env', Value: 'prod' }] };
  const ids: string[] = [];
  for await (const page of paginateDescribeImagePipelines(client, input, { pageSize: 5 })) {
    // Normalized pages keep the wire's shape, and the spec marks no field required: wrappers may be absent.
    for (const p of page.ImagePipeline?.ImagePipelineSet ?? []) if (p.ImagePipelineId) ids.push(p.ImagePipelineId);
  }
  return ids;
}

export function describeFailure(error: unknown): string {
  if (error instanceof EcsValidationError) return `bad ${error.parameter}`;
  if (error instanceof EcsApiError) return `${error.code} (HTTP ${error.httpStatus})`;
  return 'unknown';
}

export const worker = { fetch: createEmulator({ pipelines: 3 }) satisfies (request: Request) => Promise<Response> };

// @ts-expect-error MaxResults is a number, not a string
export const wrong: DescribeImagePipelinesRequest = { RegionId: 'cn-hangzhou', MaxResults: '5' };
