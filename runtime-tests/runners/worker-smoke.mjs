// The scenario as a Worker: POST the options as JSON, get the result as JSON. Bundled by Wrangler
// (workers/smoke/wrangler.toml) and run in workerd with no compatibility flags.
import * as client from '@org/ecs-pipelines-client';
import { runSmoke } from '../scenario/smoke.mjs';

export default {
  async fetch(request) {
    const options = await request.json();
    const result = await runSmoke(client, { ...options, runtime: 'workerd' });
    return Response.json({ ...result, runtimeVersion: navigator.userAgent });
  },
};
