// Issue 16, end to end against the contract's stateful emulator over loopback: create a template → start a
// build → waitUntilImagePipelineExecutionComplete (the emulator's clock moved on by each poll, so a whole build
// runs in milliseconds) → delete; the failure and cancel outcomes; a timeout; ClientToken replays; components
// referenced by templates; refusals that are answers, not unknown outcomes. Counts come from the emulator's
// state, not from what the client saw.
import { EcsApiError, EcsWaiterError } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as web from '../src/index.js';
import * as node from '../src/node/index.js';
import { DEFAULT_CREDENTIALS, type EmulatorServer, startEmulator } from './helpers/emulator.js';

const STEP_MS = 60_000;
let server: EmulatorServer;
let failing: EmulatorServer;
beforeAll(async () => {
  [server, failing] = await Promise.all([
    startEmulator({ pipelines: 3, executions: 1, components: 4, buildStepMs: STEP_MS }),
    startEmulator({ pipelines: 1, executions: 1, components: 0, buildStepMs: STEP_MS, buildFailureRate: 1, seed: 'always-fails' }),
  ]);
});
afterAll(() => Promise.all([server.close(), failing.close()]));

const region = 'cn-hangzhou';
const pipelines = (s = server) => s.emulator.pipelines[region]!;
const executions = (s = server) => s.emulator.executions[region]!;
const components = (s = server) => s.emulator.components[region]!;
const options = (s: EmulatorServer, over: Partial<web.ClientOptions> = {}): web.ClientOptions => ({
  regionId: region,
  credentials: DEFAULT_CREDENTIALS,
  endpoint: s.url,
  retry: { maxAttempts: 1 },
  ...over,
});
/** Waiter options that move the emulator's clock one build step after every poll. */
const stepping = (s: EmulatorServer, seen: string[] = []): web.WaiterOptions => ({
  minDelayMs: 1,
  maxDelayMs: 5,
  maxWaitMs: 30_000,
  onPoll: ({ status }) => {
    seen.push(status ?? '-');
    s.emulator.advanceClock(STEP_MS);
  },
});
const template = (name: string, over: Record<string, unknown> = {}) => ({
  BaseImageType: 'IMAGE' as const,
  BaseImage: 'm-bp1base0000000000001',
  Name: name,
  Description: 'built by the client e2e test',
  BuildContent: 'RUN echo hello\nRUN yum install -y nginx',
  InstanceType: 'ecs.g7.large',
  SystemDiskSize: 60,
  DeleteInstanceOnFailure: false,
  ToRegionId: ['cn-beijing'],
  AddAccount: ['1234567890123456'],
  Tag: [{ Key: 'team', Value: 'client' }],
  ImageOptions: { ImageName: `img-${name}`, ImageFamily: 'client-e2e', ImageFeatures: { NvmeSupport: 'auto' as const }, ImageTags: [{ Key: 'built-by', Value: 'e2e' }] },
  AdvancedOptions: { ImageNameSuffix: 'disable' as const, RetainCloudAssistant: true },
  ...over,
});

describe.each([
  ['node, v3, GET', node as unknown as typeof web, { signatureVersion: 'v3', method: 'GET' }],
  ['web, v1, POST', web, { signatureVersion: 'v1', method: 'POST' }],
] as const)('%s', (label, entry, over) => {
  const client = () => entry.createClient(options(server, over));
  const bare = () => entry.createBareClient(options(server, over));

  test('create → start → wait (SUCCESS) → delete, every step in the emulator state', async () => {
    const name = `e2e-${label.split(',')[0]}-ok`;
    const before = pipelines().length;
    const created = await client().createImagePipeline(template(name));
    expect(created.ImagePipelineId).toMatch(/^ip-/);
    expect(created.$metadata).toMatchObject({ attempts: 1, httpStatusCode: 200 });
    expect(pipelines()).toHaveLength(before + 1);
    const stored = pipelines().find((p) => p.ImagePipelineId === created.ImagePipelineId)!;
    expect(stored).toMatchObject({ Name: name, BaseImageType: 'IMAGE', SystemDiskSize: 60, DeleteInstanceOnFailure: false, InstanceType: 'ecs.g7.large' });
    // The template reads back through the client as the emulator holds it, nested options included.
    const page = await entry.describeImagePipelines(bare(), { ImagePipelineId: [created.ImagePipelineId!] });
    expect(page.ImagePipeline.ImagePipelineSet).toEqual([stored]);

    const started = await entry.startImagePipelineExecution(bare(), { ImagePipelineId: created.ImagePipelineId!, Tag: [{ Key: 'run', Value: '1' }] });
    expect(started.ExecutionId).toMatch(/^exec-/);
    expect(executions().filter((e) => e.ImagePipelineId === created.ImagePipelineId)).toHaveLength(1);

    const seen: string[] = [];
    const task = await client().waitUntilImagePipelineExecutionComplete({ ExecutionId: started.ExecutionId! }, stepping(server, seen));
    expect(task).toMatchObject({ ExecutionId: started.ExecutionId, ImagePipelineId: created.ImagePipelineId, Status: 'SUCCESS', ImageId: expect.stringMatching(/^m-/) });
    // The phases the template asks for: no repair, no test, distribution because of ToRegionId/AddAccount.
    expect(seen).toEqual(['PREPARING', 'BUILDING', 'DISTRIBUTING', 'RELEASING', 'SUCCESS']);

    const deleted = await entry.deleteImagePipeline(bare(), { ImagePipelineId: created.ImagePipelineId! });
    expect(deleted.RequestId).toEqual(expect.any(String));
    expect(pipelines().some((p) => p.ImagePipelineId === created.ImagePipelineId)).toBe(false);
    // Its tasks went with it.
    expect(executions().some((e) => e.ImagePipelineId === created.ImagePipelineId)).toBe(false);
    // Deleting again is an answer (404), not an unknown outcome.
    const again = await client().deleteImagePipeline({ ImagePipelineId: created.ImagePipelineId! }).catch((e: unknown) => e);
    expect(again).toMatchObject({ name: 'EcsApiError', code: 'InvalidImagePipeline.NotFound', httpStatus: 404, $metadata: { attempts: 1 } });
    expect((again as EcsApiError).outcomeUnknown).toBeUndefined();
  });

  test('cancel while PREPARING → wait rejects with CANCELLED; a second cancel is refused; delete while running is refused', async () => {
    const { ImagePipelineId } = await client().createImagePipeline(template(`e2e-${label.split(',')[0]}-cancel`, { ToRegionId: undefined, AddAccount: undefined }));
    const { ExecutionId } = await client().startImagePipelineExecution({ ImagePipelineId: ImagePipelineId! });
    const running = await client().deleteImagePipeline({ ImagePipelineId: ImagePipelineId! }).catch((e: unknown) => e);
    expect(running).toMatchObject({ code: 'InvalidImagePipeline.HasRunningExecution', httpStatus: 403 });
    expect((running as EcsApiError).outcomeUnknown).toBeUndefined();
    const second = await client().startImagePipelineExecution({ ImagePipelineId: ImagePipelineId! }).catch((e: unknown) => e);
    expect(second).toMatchObject({ code: 'InvalidImagePipeline.HasRunningExecution' });

    await entry.cancelImagePipelineExecution(bare(), { ExecutionId: ExecutionId! });
    const error = await entry.waitUntilImagePipelineExecutionComplete(bare(), { ExecutionId: ExecutionId! }, stepping(server)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsWaiterError);
    expect(error).toMatchObject({ reason: 'failure', status: 'CANCELLED', item: { ExecutionId, Status: 'CANCELLED' } });
    const again = await client().cancelImagePipelineExecution({ ExecutionId: ExecutionId! }).catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'InvalidStatus.CancelFailed', httpStatus: 400 });
    await client().deleteImagePipeline({ ImagePipelineId: ImagePipelineId! });
  });
});

test('a build that fails: the waiter rejects with FAILED or TEST_FAILED and the task with its ErrorCode/ErrorInfo', async () => {
  const client = node.createClient(options(failing));
  const { ImagePipelineId } = await client.createImagePipeline(template('e2e-fails', { TestContent: 'RUN test -f /etc/nginx/nginx.conf' }));
  const { ExecutionId } = await client.startImagePipelineExecution({ ImagePipelineId: ImagePipelineId! });
  const error = (await client.waitUntilImagePipelineExecutionComplete({ ExecutionId: ExecutionId! }, stepping(failing)).catch((e: unknown) => e)) as EcsWaiterError;
  expect(error).toBeInstanceOf(EcsWaiterError);
  expect(error.reason).toBe('failure');
  expect(['FAILED', 'TEST_FAILED']).toContain(error.status);
  const item = error.item as { ErrorCode: string; ErrorInfo: string; Status: string };
  expect(item.Status).toBe(error.status);
  expect(item.ErrorCode).not.toBe('');
  expect(item.ErrorInfo).not.toBe('');
  // The emulator holds the same task.
  expect(executions(failing).find((e) => e.ExecutionId === ExecutionId)).toMatchObject({ Status: error.status, ErrorCode: item.ErrorCode });
  console.log(`[figure] a failing build ended in ${error.status} after ${error.polls} polls: ${item.ErrorCode} — ${item.ErrorInfo}`);
});

test('a wait that outlasts maxWaitMs (no clock advance) rejects with a timeout and the last state', async () => {
  const client = node.createClient(options(server));
  const { ImagePipelineId } = await client.createImagePipeline(template('e2e-timeout'));
  const { ExecutionId } = await client.startImagePipelineExecution({ ImagePipelineId: ImagePipelineId! });
  const started = performance.now();
  const error = await client.waitUntilImagePipelineExecutionComplete({ ExecutionId: ExecutionId! }, { minDelayMs: 20, maxDelayMs: 40, maxWaitMs: 200 }).catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'EcsWaiterError', reason: 'timeout', status: 'PREPARING' });
  expect(performance.now() - started).toBeLessThan(200 + 100);
  // Finish it through the control endpoint (what a test in another process would do), then clean up.
  const clock = await fetch(`${server.url}/__emulator/clock`, { method: 'POST', body: JSON.stringify({ advanceMs: STEP_MS * 10 }) });
  expect(clock.status).toBe(200);
  await expect(client.waitUntilImagePipelineExecutionComplete({ ExecutionId: ExecutionId! }, { minDelayMs: 1 })).resolves.toMatchObject({ Status: 'SUCCESS' });
  await client.deleteImagePipeline({ ImagePipelineId: ImagePipelineId! });
});

test('ClientToken: the same token and parameters give the same template once; other parameters are refused', async () => {
  const client = web.createClient(options(server));
  const before = pipelines().length;
  const ClientToken = `e2e-token-${Date.now()}`;
  const first = await client.createImagePipeline({ ...template('e2e-token'), ClientToken });
  const replay = await client.createImagePipeline({ ...template('e2e-token'), ClientToken });
  expect(replay.ImagePipelineId).toBe(first.ImagePipelineId);
  expect(pipelines()).toHaveLength(before + 1);
  const mismatch = await client.createImagePipeline({ ...template('e2e-token', { SystemDiskSize: 80 }), ClientToken }).catch((e: unknown) => e);
  expect(mismatch).toMatchObject({ code: 'IdempotentParameterMismatch', httpStatus: 400 });
  expect(pipelines()).toHaveLength(before + 1);
  // Without a token of its own, each call is a new template (the client fills in a fresh one per call).
  const a = await client.createImagePipeline(template('e2e-token'));
  const b = await client.createImagePipeline(template('e2e-token'));
  expect(a.ImagePipelineId).not.toBe(b.ImagePipelineId);
  expect(pipelines()).toHaveLength(before + 3);
  for (const id of [first.ImagePipelineId, a.ImagePipelineId, b.ImagePipelineId]) await client.deleteImagePipeline({ ImagePipelineId: id! });
  expect(pipelines()).toHaveLength(before);
});

test('components: create one, reference it from a template, refused deletion while in use, then both deleted', async () => {
  const client = node.createClient(options(server));
  const before = components().length;
  const { ImageComponentId } = await client.createImageComponent({ Name: 'e2e-component', Content: 'RUN echo from a component', ComponentType: 'Build', SystemType: 'Linux', ComponentVersion: '1.0.0', Tag: [{ Key: 'k', Value: 'v' }] });
  expect(ImageComponentId).toMatch(/^ic-/);
  expect(components()).toHaveLength(before + 1);
  const listed = await node.describeImageComponents(node.createBareClient(options(server)), { ImageComponentId: [ImageComponentId!] });
  expect(listed.ImageComponent.ImageComponentSet).toEqual([expect.objectContaining({ ImageComponentId, Name: 'e2e-component', ComponentVersion: '1.0.0', Owner: 'SELF' })]);

  const { ImagePipelineId } = await client.createImagePipeline(template('e2e-uses-component', { BuildContent: `COMPONENT ${ImageComponentId}` }));
  const inUse = await client.deleteImageComponent({ ImageComponentId: ImageComponentId! }).catch((e: unknown) => e);
  expect(inUse).toMatchObject({ code: 'InvalidImageComponent.InUse', httpStatus: 403 });
  expect((inUse as EcsApiError).outcomeUnknown).toBeUndefined();
  const missing = await client.createImagePipeline(template('e2e-missing-component', { BuildContent: 'COMPONENT ic-doesnotexist000000001' })).catch((e: unknown) => e);
  expect(missing).toMatchObject({ code: 'ImageComponent.NotFound', httpStatus: 404 });

  await client.deleteImagePipeline({ ImagePipelineId: ImagePipelineId! });
  await client.deleteImageComponent({ ImageComponentId: ImageComponentId! });
  expect(components()).toHaveLength(before);
});

test('an OSS import template with DiskDeviceMappings and Features round-trips through the emulator', async () => {
  const client = web.createClient(options(server, { method: 'POST' }));
  const { ImagePipelineId } = await client.createImagePipeline({
    BaseImageType: 'OSS',
    Name: 'e2e-oss',
    ImportImageOptions: {
      DiskDeviceMappings: [
        { OSSBucket: 'my-bucket', OSSObject: 'images/system.qcow2', Format: 'QCOW2', DiskImageSize: 40 },
        { OSSBucket: 'my-bucket', OSSObject: 'images/data.raw', Format: 'RAW', DiskImageSize: 100 },
      ],
      Architecture: 'arm64',
      BootMode: 'UEFI',
      OSType: 'linux',
      Platform: 'Rocky Linux',
      Features: { NvmeSupport: 'supported', ImdsSupport: 'v2' },
      ImportImageTags: [{ Key: 'src', Value: 'oss' }],
      RetentionStrategy: 'RetainNever',
    },
  });
  const stored = pipelines().find((p) => p.ImagePipelineId === ImagePipelineId)!;
  expect(stored.BaseImageType).toBe('OSS');
  const { ImagePipeline } = await client.describeImagePipelines({ ImagePipelineId: [ImagePipelineId!] });
  expect(ImagePipeline.ImagePipelineSet).toEqual([stored]);
  console.log(`[figure] the OSS template as the emulator stores it: ${JSON.stringify(stored).slice(0, 400)}`);
  // OSS without a mapping: the service's documented refusal.
  const missing = await client.createImagePipeline({ BaseImageType: 'OSS' }).catch((e: unknown) => e);
  expect(missing).toMatchObject({ code: 'MissingParameter.ImportImageOptions' });
  await client.deleteImagePipeline({ ImagePipelineId: ImagePipelineId! });
});
