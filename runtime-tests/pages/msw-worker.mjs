// The page of the Mock Service Worker browser test, bundled by esbuild: MSW's `setupWorker` with the contract
// package's `/msw` handlers, then this project's edge client with default settings (no endpoint: the real
// https://ecs-cn-hangzhou.aliyuncs.com), answered in the page by the emulator through the service worker.
// `window.runMswScenario()` returns what happened as JSON; the test judges it.
import { setupWorker } from 'msw/browser';
import { createClient, EcsApiError } from '@org/ecs-pipelines-client';
import { DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import { ecsHandlers } from '@org/ecs-pipelines-contract/msw';

const ecs = ecsHandlers({ pipelines: 23, seed: 'browser-msw' });
const worker = setupWorker(...ecs);
const urls = [];
worker.events.on('request:start', ({ request }) => urls.push(request.url));

async function refusal(credentials) {
  try {
    await createClient({ regionId: 'cn-hangzhou', credentials }).describeImagePipelines({});
    return 'no error';
  } catch (error) {
    return error instanceof EcsApiError ? `${error.httpStatus} ${error.code}` : `${error?.name}: ${error?.message}`;
  }
}

window.runMswScenario = async () => {
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  const client = createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS });
  const ids = [];
  for await (const p of client.listImagePipelines({ MaxResults: 5 })) ids.push(p.ImagePipelineId);
  const v1 = await createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, signatureVersion: 'v1', method: 'POST' }).describeImagePipelines({ MaxResults: 5 });
  const wrongSecret = await refusal({ accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'not-the-secret' });
  const unknownKey = await refusal({ accessKeyId: 'LTAI5tNobodyKnowsThis', accessKeySecret: 'whatever' });
  return {
    ids,
    expectedIds: ecs.emulator.pipelines['cn-hangzhou'].map((p) => p.ImagePipelineId),
    v1Ids: (v1.ImagePipeline?.ImagePipelineSet ?? []).map((p) => p.ImagePipelineId),
    wrongSecret,
    unknownKey,
    hosts: [...new Set(urls.map((u) => new URL(u).host))],
    log: ecs.emulator.log.map((e) => `${e.status} ${e.algorithm ?? '-'} ${e.code ?? ''}`.trim()),
    controlled: navigator.serviceWorker.controller !== null,
    userAgent: navigator.userAgent,
  };
};
