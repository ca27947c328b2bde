// Lists every image pipeline (image template) of a region, page by page, from Node 20+.
//
//   ALIBABA_CLOUD_ACCESS_KEY_ID=… ALIBABA_CLOUD_ACCESS_KEY_SECRET=… node list-pipelines.mjs [tagKey=tagValue]
//
// ALIBABA_CLOUD_REGION_ID picks the region (default cn-hangzhou); ECS_ENDPOINT points the client at another
// server, such as the local emulator (`ecs-pipelines emulator` prints its URL).
import { createClient, EcsApiError, EcsValidationError, fromEnv } from '@org/ecs-pipelines-client';

const tags = process.argv.slice(2).map((arg) => {
  const [Key, Value] = arg.split('=');
  return Value === undefined ? { Key } : { Key, Value };
});

try {
  const client = createClient({
    regionId: process.env.ALIBABA_CLOUD_REGION_ID ?? 'cn-hangzhou',
    credentials: fromEnv(process.env),
    ...(process.env.ECS_ENDPOINT ? { endpoint: process.env.ECS_ENDPOINT } : {}),
  });
  let count = 0;
  // Item by item, up to 100 per request; the client fetches the next page (NextToken) only when this loop needs it.
  for await (const pipeline of client.listImagePipelines({ MaxResults: 100, ...(tags.length ? { Tag: tags } : {}) })) {
    count += 1;
    console.log(`${pipeline.ImagePipelineId}\t${pipeline.Name}\t${pipeline.CreationTime}`);
  }
  console.log(`${count} pipelines`);
} catch (error) {
  // Both carry what a person needs: the parameter and allowed values, or the service's code and request ID.
  if (error instanceof EcsValidationError) console.error(`bad input: ${error.message}`);
  else if (error instanceof EcsApiError) console.error(`${error.code}: ${error.message} (request ${error.requestId})`);
  else console.error(error);
  process.exitCode = 1;
}
