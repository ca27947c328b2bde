// Our client on plain global fetch (the transport every non-Node runtime uses), to compare with raw fetch.
import { createClient } from '@org/ecs-pipelines-client';

/** Returns a call of `describeImagePipelines` sent with `globalThis.fetch`; resolves to the pipeline count. */
export async function create({ baseUrl, credentials }) {
  const client = createClient({ credentials, endpoint: baseUrl, regionId: 'cn-hangzhou', fetch: globalThis.fetch });
  return async () => (await client.describeImagePipelines({ MaxResults: 10 })).ImagePipeline.ImagePipelineSet.length;
}
