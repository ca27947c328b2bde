// Run inside a scratch app outside the repository, where the packed packages, msw and Alibaba's SDK were
// installed from tarballs and the registry: MSW's setupServer with the contract package's handlers, then
// Alibaba's SDK and this project's client calling the default ECS endpoint (no endpoint option) get the
// emulator's data with signatures verified, and are refused with a wrong secret. Prints one JSON line.
import { createRequire } from 'node:module';
import { setupServer } from 'msw/node';
import { DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import { ecsHandlers } from '@org/ecs-pipelines-contract/msw';
import { createClient, EcsApiError } from '@org/ecs-pipelines-client';

const require = createRequire(import.meta.url);
const Ecs = require('@alicloud/ecs20140526');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

const ecs = ecsHandlers({ pipelines: 50 });
const server = setupServer(...ecs);
const hosts = new Set();
server.events.on('request:start', ({ request }) => hosts.add(new URL(request.url).host));
server.listen({ onUnhandledRequest: 'error' });

const WRONG = { accessKeyId: DEFAULT_CREDENTIALS.accessKeyId, accessKeySecret: 'not-the-secret' };
const sdk = (creds, extra = {}) => new Ecs.default(new $OpenApiUtil.Config({ ...creds, regionId: 'cn-hangzhou', ...extra }));
const sdkCode = (p) => p.then(() => 'no error', (e) => `${e.statusCode} ${e.code}`);
const clientCode = (p) => p.then(() => 'no error', (e) => (e instanceof EcsApiError ? `${e.httpStatus} ${e.code}` : String(e)));
const request = () => new Ecs.DescribeImagePipelinesRequest({ regionId: 'cn-hangzhou', maxResults: 100 });

const result = {};
try {
  const expected = ecs.emulator.pipelines['cn-hangzhou'].map((p) => p.ImagePipelineId);
  const sdkIds = (await sdk(DEFAULT_CREDENTIALS).describeImagePipelines(request())).body.imagePipeline.imagePipelineSet.map((p) => p.imagePipelineId);
  const sdkV1Total = (await sdk(DEFAULT_CREDENTIALS, { signatureAlgorithm: 'v2' }).describeImagePipelines(request())).body.totalCount;
  const clientIds = [];
  for await (const p of createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS }).listImagePipelines({ MaxResults: 20 })) clientIds.push(p.ImagePipelineId);
  const fetchIds = [];
  for await (const p of createClient({ regionId: 'cn-hangzhou', credentials: DEFAULT_CREDENTIALS, fetch: globalThis.fetch }).listImagePipelines({ MaxResults: 50 })) fetchIds.push(p.ImagePipelineId);
  Object.assign(result, {
    expected: expected.length,
    sdkSame: JSON.stringify(sdkIds) === JSON.stringify(expected),
    sdkV1Total,
    clientSame: JSON.stringify(clientIds) === JSON.stringify(expected),
    fetchSame: JSON.stringify(fetchIds) === JSON.stringify(expected),
    sdkWrong: await sdkCode(sdk(WRONG).describeImagePipelines(request())),
    sdkV1Wrong: await sdkCode(sdk(WRONG, { signatureAlgorithm: 'v2' }).describeImagePipelines(request())),
    clientWrong: await clientCode(createClient({ regionId: 'cn-hangzhou', credentials: WRONG }).describeImagePipelines({})),
    hosts: [...hosts],
    log: ecs.emulator.log.map((e) => `${e.status} ${e.algorithm}${e.code ? ` ${e.code}` : ''}`),
  });
} catch (error) {
  result.error = String(error?.stack ?? error);
} finally {
  server.close();
}
console.log(JSON.stringify(result));
