// Hand-written lifecycle checks of the write actions: create → list → retry with the same ClientToken →
// delete for templates and components, a build from start to SUCCESS, and a build that blocks a delete and
// is cancelled. Against the emulator the builds move on with its clock; against another server they are
// polled (the build checks run there only with `builds: true`: a real build runs billed instances). Every
// check removes what it created, whatever its outcome, and fails if something is left behind.
import { CheckSkipped, ensure, expectError, expectPage } from './assert.js';
import { call, type CallInput } from './call.js';
import type { CheckContext, ContractCheck } from './check.js';
import { cleanUp, DEFAULT_BASE_IMAGE, emulatorClock, FINAL, follow, suiteName, write, type Created } from './lifecycle-steps.js';
import { undoCreated } from './undo.js';

/** The documented order of a build's states (family reference §10.2). */
const ORDER = ['PREPARING', 'REPAIRING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'RELEASING', 'SUCCESS'];

function templateInput(ctx: CheckContext, name: string): CallInput & { BaseImageType: string; BaseImage: string } {
  const image = ctx.lifecycle.baseImage ?? DEFAULT_BASE_IMAGE;
  return { BaseImageType: image.type, BaseImage: image.id, Name: name, Description: 'Created by the ecs-pipelines contract suite; it deletes it.', BuildContent: 'RUN echo contract-suite > /tmp/contract-suite' };
}

/** Runs `body` with a record of what it creates, then removes all of it; leftovers fail the check. */
async function creating(ctx: CheckContext, body: (created: Created) => Promise<void>): Promise<void> {
  const created: Created = { pipelines: [], components: [], executions: [] };
  let failure: unknown;
  try {
    await body(created);
  } catch (e) {
    failure = e;
  }
  const left = await cleanUp(ctx, created);
  if (failure) throw failure;
  ensure(left.length === 0, `could not remove what the check created: ${left.join('; ')}`);
}

/** Skips unless builds may run on this target (always on the emulator; elsewhere only with `builds: true`). */
async function needBuilds(ctx: CheckContext): Promise<void> {
  const emulator = (await emulatorClock(ctx)) !== undefined;
  if (!(ctx.lifecycle.builds ?? emulator)) throw new CheckSkipped('starts a build, which runs billed instances on a real service: pass builds: true to run it');
}

/** A template made by the check, recorded for clean-up. */
async function template(ctx: CheckContext, created: Created, name = suiteName('template')): Promise<string> {
  const id = String((await write(ctx, 'CreateImagePipeline', templateInput(ctx, name), 'CreateImagePipeline')).ImagePipelineId ?? '');
  ensure(/^ip-/.test(id), `CreateImagePipeline answered ImagePipelineId ${JSON.stringify(id)}`);
  created.pipelines.push(id);
  return id;
}

/** Checks of the write actions, run last. */
export const lifecycleChecks: ContractCheck[] = [
  {
    name: 'lifecycle: CreateImagePipeline retried with its ClientToken gives the same ID and one template; other parameters with that token are refused; DeleteImagePipeline removes it',
    run: (ctx) =>
      creating(ctx, async (created) => {
        const name = suiteName('template');
        const input = { ...templateInput(ctx, name), ClientToken: name };
        const id = String((await write(ctx, 'CreateImagePipeline', input, 'CreateImagePipeline')).ImagePipelineId ?? '');
        ensure(/^ip-/.test(id), `CreateImagePipeline answered ImagePipelineId ${JSON.stringify(id)}`);
        created.pipelines.push(id);
        const again = await write(ctx, 'CreateImagePipeline', input, 'CreateImagePipeline retried with its ClientToken');
        if (typeof again.ImagePipelineId === 'string' && again.ImagePipelineId !== id) created.pipelines.push(again.ImagePipelineId);
        ensure(again.ImagePipelineId === id, `the retry answered ${String(again.ImagePipelineId)}, the first call ${id}`);
        const listed = expectPage(await call(ctx.target, { Name: name }, { action: 'DescribeImagePipelines' }), 'DescribeImagePipelines by Name', 'DescribeImagePipelines').items;
        ensure(listed.length === 1 && listed[0]!.ImagePipelineId === id, `DescribeImagePipelines Name=${name} listed ${listed.map((p) => String(p.ImagePipelineId)).join(', ') || 'nothing'}, expected ${id} once`);
        ensure(listed[0]!.BaseImageType === input.BaseImageType && listed[0]!.BaseImage === input.BaseImage, `the template lists BaseImageType ${String(listed[0]!.BaseImageType)} / BaseImage ${String(listed[0]!.BaseImage)}`);
        const other = await call(ctx.target, { ...input, Description: 'Another request with the same ClientToken.' }, { action: 'CreateImagePipeline' });
        await undoCreated(ctx.target, 'CreateImagePipeline', other);
        expectError(other, ['IdempotentParameterMismatch'], 'the same ClientToken with other parameters', 'CreateImagePipeline');
        await write(ctx, 'DeleteImagePipeline', { ImagePipelineId: id }, 'DeleteImagePipeline');
        const again404 = await call(ctx.target, { ImagePipelineId: id }, { action: 'DeleteImagePipeline' });
        expectError(again404, ['InvalidImagePipeline.NotFound'], 'DeleteImagePipeline of a deleted template', 'DeleteImagePipeline');
        const gone = expectPage(await call(ctx.target, { ImagePipelineId: [id] }, { action: 'DescribeImagePipelines' }), 'DescribeImagePipelines after the delete', 'DescribeImagePipelines');
        ensure(gone.items.length === 0, `the deleted template ${id} is still listed`);
      }),
  },
  {
    name: 'lifecycle: CreateImageComponent retried with its ClientToken gives the same ID; it is listed as your own Build/Linux 1.0.0; DeleteImageComponent removes it',
    run: (ctx) =>
      creating(ctx, async (created) => {
        const name = suiteName('component');
        const input = { Name: name, Content: 'RUN echo contract-suite', ClientToken: name };
        const id = String((await write(ctx, 'CreateImageComponent', input, 'CreateImageComponent')).ImageComponentId ?? '');
        ensure(/^ic-/.test(id), `CreateImageComponent answered ImageComponentId ${JSON.stringify(id)}`);
        created.components.push(id);
        const again = await write(ctx, 'CreateImageComponent', input, 'CreateImageComponent retried with its ClientToken');
        if (typeof again.ImageComponentId === 'string' && again.ImageComponentId !== id) created.components.push(again.ImageComponentId);
        ensure(again.ImageComponentId === id, `the retry answered ${String(again.ImageComponentId)}, the first call ${id}`);
        const listed = expectPage(await call(ctx.target, { Name: name, Owner: 'SELF' }, { action: 'DescribeImageComponents' }), 'DescribeImageComponents by Name', 'DescribeImageComponents').items;
        ensure(listed.length === 1 && listed[0]!.ImageComponentId === id, `DescribeImageComponents Name=${name} listed ${listed.length} components, expected ${id} once`);
        const c = listed[0]!;
        ensure(c.ComponentVersion === '1.0.0' && c.ComponentType === 'Build' && c.SystemType === 'Linux' && c.Owner === 'SELF', `defaults: ${String(c.ComponentVersion)} ${String(c.ComponentType)} ${String(c.SystemType)} ${String(c.Owner)}, expected 1.0.0 Build Linux SELF`);
        await write(ctx, 'DeleteImageComponent', { ImageComponentId: id }, 'DeleteImageComponent');
        expectError(await call(ctx.target, { ImageComponentId: id }, { action: 'DeleteImageComponent' }), ['InvalidImageComponent.NotFound'], 'DeleteImageComponent of a deleted component', 'DeleteImageComponent');
      }),
  },
  {
    name: 'lifecycle: a build from StartImagePipelineExecution (its ClientToken retry gives the same ExecutionId) through the documented states to SUCCESS, with an ImageId',
    async run(ctx) {
      await needBuilds(ctx);
      await creating(ctx, async (created) => {
        const pipeline = await template(ctx, created);
        const start = { ImagePipelineId: pipeline, ClientToken: suiteName('start') };
        const id = String((await write(ctx, 'StartImagePipelineExecution', start, 'StartImagePipelineExecution')).ExecutionId ?? '');
        ensure(/^exec-/.test(id), `StartImagePipelineExecution answered ExecutionId ${JSON.stringify(id)}`);
        created.executions.push(id);
        const again = await write(ctx, 'StartImagePipelineExecution', start, 'StartImagePipelineExecution retried with its ClientToken');
        if (typeof again.ExecutionId === 'string' && again.ExecutionId !== id) created.executions.push(again.ExecutionId);
        ensure(again.ExecutionId === id, `the retry answered ${String(again.ExecutionId)}, the first call ${id}`);
        const seen: string[] = [];
        const end = await follow(ctx, id, (s) => s === 'SUCCESS', seen);
        const clock = await emulatorClock(ctx);
        if (end.Status !== 'SUCCESS' && clock && clock.buildFailureRate > 0) throw new CheckSkipped(`the emulator fails builds at rate ${clock.buildFailureRate}; this one ended ${String(end.Status)}`);
        ensure(end.Status === 'SUCCESS', `the build ended ${String(end.Status)} (${String(end.ErrorCode ?? '')} ${String(end.ErrorInfo ?? '')}); seen: ${seen.join(' → ')}`);
        const order = seen.map((s) => ORDER.indexOf(s));
        ensure(order.every((o, i) => o >= 0 && (i === 0 || o > order[i - 1]!)), `states out of the documented order: ${seen.join(' → ')}`);
        // Stepping the emulator's clock shows every state; a real build is polled and may skip some.
        if (clock) ensure(!FINAL.has(seen[0]!) && seen.length >= 4, `with the emulator's clock every state should be seen, saw ${seen.join(' → ')}`);
        ensure(typeof end.ImageId === 'string' && /^m-/.test(end.ImageId), `SUCCESS without an image: ImageId ${JSON.stringify(end.ImageId)}`);
        ensure(String(end.ModifiedTime) >= String(end.CreationTime), `ModifiedTime ${String(end.ModifiedTime)} before CreationTime ${String(end.CreationTime)}`);
      });
    },
  },
  {
    name: 'lifecycle: while a build runs, DeleteImagePipeline and a second start are refused (InvalidImagePipeline.HasRunningExecution); a cancel goes CANCELLING → CANCELLED; then the delete succeeds',
    async run(ctx) {
      await needBuilds(ctx);
      await creating(ctx, async (created) => {
        const pipeline = await template(ctx, created);
        const id = String((await write(ctx, 'StartImagePipelineExecution', { ImagePipelineId: pipeline }, 'StartImagePipelineExecution')).ExecutionId ?? '');
        created.executions.push(id);
        const refuse = async (action: 'DeleteImagePipeline' | 'StartImagePipelineExecution') => {
          const res = await call(ctx.target, { ImagePipelineId: pipeline }, { action });
          await undoCreated(ctx.target, action, res);
          expectError(res, ['InvalidImagePipeline.HasRunningExecution'], `${action} while a build runs`, action);
        };
        await refuse('DeleteImagePipeline');
        await refuse('StartImagePipelineExecution');
        await write(ctx, 'CancelImagePipelineExecution', { ExecutionId: id }, 'CancelImagePipelineExecution');
        const seen: string[] = [];
        const end = await follow(ctx, id, (s) => s === 'CANCELLED', seen);
        ensure(end.Status === 'CANCELLED', `the cancelled build ended ${String(end.Status)}; seen: ${seen.join(' → ')}`);
        expectError(await call(ctx.target, { ExecutionId: id }, { action: 'CancelImagePipelineExecution' }), ['InvalidStatus.CancelFailed'], 'a cancel of a cancelled build', 'CancelImagePipelineExecution');
        await write(ctx, 'DeleteImagePipeline', { ImagePipelineId: pipeline }, 'DeleteImagePipeline after the cancel');
      });
    },
  },
];
