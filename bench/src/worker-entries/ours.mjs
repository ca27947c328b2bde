// A Cloudflare-Worker-style entry that lists pipelines with our client (bundle-size input).
import { createClient } from '@org/ecs-pipelines-client';

export default {
  async fetch(_request, env) {
    const client = createClient({
      regionId: 'cn-hangzhou',
      credentials: { accessKeyId: env.ALIBABA_CLOUD_ACCESS_KEY_ID, accessKeySecret: env.ALIBABA_CLOUD_ACCESS_KEY_SECRET },
    });
    return Response.json(await client.describeImagePipelines({}));
  },
};
