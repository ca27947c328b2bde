// Our client with default settings, imported as a Node user would: the package's `node` export
// condition picks its node:http keep-alive transport.
import { createClient } from '@org/ecs-pipelines-client';

/** Returns a call of `describeImagePipelines`; resolves to the pipeline count. */
export async function create({ baseUrl, credentials }) {
  const client = createClient({ credentials, endpoint: baseUrl, regionId: 'cn-hangzhou' });
  return async () => (await client.describeImagePipelines({ MaxResults: 10 })).ImagePipeline.ImagePipelineSet.length;
}
