// Lists every image pipeline of a region from Deno, with network access to one host and read access to
// three environment variables, nothing else:
//
//   deno run --allow-net=ecs.cn-hangzhou.aliyuncs.com \
//     --allow-env=ALIBABA_CLOUD_ACCESS_KEY_ID,ALIBABA_CLOUD_ACCESS_KEY_SECRET,ALIBABA_CLOUD_SECURITY_TOKEN main.ts
//
// Pass another endpoint (the local emulator, say) as the first argument and allow that host instead.
// `@org/ecs-pipelines-client` is `jsr:@org/ecs-pipelines-client` here (deno.json); `npm:` works as well (README).
import { createClient, EcsApiError, fromEnv, type ImagePipeline } from '@org/ecs-pipelines-client';

const NAMES = ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN'];
// Deno.env.get per name works with --allow-env=<those names>; Deno.env.toObject() would need all of the env.
const env = Object.fromEntries(NAMES.map((name) => [name, Deno.env.get(name)]));

const client = createClient({
  regionId: 'cn-hangzhou',
  credentials: fromEnv(env),
  ...(Deno.args[0] ? { endpoint: Deno.args[0] } : {}),
});

try {
  const pipelines: ImagePipeline[] = [];
  for await (const pipeline of client.listImagePipelines({ MaxResults: 100 })) pipelines.push(pipeline);
  for (const p of pipelines) console.log(`${p.ImagePipelineId}\t${p.Name}`);
  console.log(`${pipelines.length} pipelines`);
} catch (error) {
  if (!(error instanceof EcsApiError)) throw error;
  console.error(`${error.code}: ${error.message} (request ${error.requestId})`);
  Deno.exit(1);
}
