// A Cloudflare Worker that lists image pipelines: GET /pipelines[?tag=key=value&tag=key] answers JSON.
// No compatibility flags: the client uses fetch and WebCrypto only. Credentials are Worker secrets
// (`wrangler secret put ALIBABA_CLOUD_ACCESS_KEY_ID` and `…_SECRET`), read with fromEnv(env).
import { createClient, EcsApiError, EcsValidationError, fromEnv } from '@org/ecs-pipelines-client';

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname !== '/pipelines') return Response.json({ error: 'try GET /pipelines' }, { status: 404 });
    const tags = url.searchParams.getAll('tag').map((tag) => {
      const [Key, Value] = tag.split('=');
      return Value === undefined ? { Key } : { Key, Value };
    });
    try {
      const client = createClient({
        regionId: env.ECS_REGION_ID,
        credentials: fromEnv(env),
        // Empty in production; set to the emulator's URL in tests and local development.
        ...(env.ECS_ENDPOINT ? { endpoint: env.ECS_ENDPOINT } : {}),
      });
      const pipelines = [];
      for await (const p of client.listImagePipelines({ MaxResults: 100, ...(tags.length ? { Tag: tags } : {}) })) {
        pipelines.push({ id: p.ImagePipelineId, name: p.Name, created: p.CreationTime, tags: p.Tags?.Tag ?? [] });
      }
      return Response.json({ count: pipelines.length, pipelines });
    } catch (error) {
      if (error instanceof EcsValidationError) return Response.json({ error: error.message, parameter: error.parameter }, { status: 400 });
      // The service's code and request ID let an operator find the call in Alibaba Cloud's logs.
      if (error instanceof EcsApiError) return Response.json({ error: error.code, requestId: error.requestId }, { status: 502 });
      throw error;
    }
  },
};
