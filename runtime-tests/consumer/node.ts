// A Node consumer, type-checked with module/moduleResolution "node16", Node types and no DOM lib.
import { createClient, paginateDescribeImagePipelines } from '@org/ecs-pipelines-client';
import { DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import { startEmulatorServer } from '@org/ecs-pipelines-contract/node';
import type { ImagePipeline } from '@org/ecs-pipelines-core';

const server = await startEmulatorServer({ port: 0, pipelines: 12 });
try {
  const client = createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, endpoint: server.url });
  const all: ImagePipeline[] = [];
  for await (const page of paginateDescribeImagePipelines(client, {}, { pageSize: 5 })) all.push(...(page.ImagePipeline?.ImagePipelineSet ?? []));
  const requestId: string | undefined = (await client.describeImagePipelines({ MaxResults: 1 })).$metadata.requestId;
  console.log(all.length, requestId);
} finally {
  await server.close();
}
