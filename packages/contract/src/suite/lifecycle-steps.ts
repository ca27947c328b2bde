// What the lifecycle checks share: knowing whether the target is this package's emulator (it answers
// `GET /__emulator/clock`) so builds can be moved on with its clock instead of waited for, following a build
// task until a state, and cleaning up — cancel a running build, wait for it to end, delete the template and
// the component — so a run against the real service leaves no template or component behind.
import type { Action } from '@org/ecs-pipelines-core';
import { isRecord, sleep } from '../util.js';
import { CheckFailure, ensure, expectPage, type Item } from './assert.js';
import { call, type CallInput } from './call.js';
import type { CheckContext } from './check.js';

/** How the lifecycle checks behave (`runContractSuite` options). */
export interface LifecycleOptions {
  /** Run the checks that start builds: true by default against the emulator, false otherwise (a real build runs billed instances). */
  builds?: boolean;
  /** The source image of the templates they create (default: an Alibaba Cloud Linux 3 image family). */
  baseImage?: { type: 'IMAGE' | 'IMAGE_FAMILY'; id: string };
  /** How long to wait for a real build to end (default 60 minutes); the emulator's clock is moved on instead. */
  buildTimeoutMs?: number;
  /** How often to look at a real build (default 15 s). */
  pollIntervalMs?: number;
}

/** The source image used when none is given: a public image family of every region. */
export const DEFAULT_BASE_IMAGE = { type: 'IMAGE_FAMILY', id: 'acs:alibaba_cloud_linux_3_2104_lts_x64' } as const;

/** The emulator's clock as its control endpoint reports it, or undefined for any other server. */
export interface EmulatorClockView {
  buildStepMs: number;
  buildFailureRate: number;
}

/** The target's emulator clock (asked once per run), or undefined when the target is not this emulator. */
export async function emulatorClock(ctx: CheckContext): Promise<EmulatorClockView | undefined> {
  if (ctx.clock !== undefined) return ctx.clock ?? undefined;
  let found: EmulatorClockView | null = null;
  try {
    const res = await ctx.target.fetch(new URL('/__emulator/clock', base(ctx.target.endpoint)).href);
    const body: unknown = res.ok ? await res.json() : undefined;
    if (isRecord(body) && typeof body.buildStepMs === 'number') found = { buildStepMs: body.buildStepMs, buildFailureRate: Number(body.buildFailureRate) || 0 };
  } catch {
    // Not the emulator (or not reachable there): builds are waited for in real time.
  }
  ctx.clock = found;
  return found ?? undefined;
}

/** Moves the emulator's clock on by `ms`. */
async function advance(ctx: CheckContext, ms: number): Promise<void> {
  const res = await ctx.target.fetch(new URL('/__emulator/clock', base(ctx.target.endpoint)).href, { method: 'POST', body: JSON.stringify({ advanceMs: ms }) });
  ensure(res.ok, `the emulator's clock could not be advanced: HTTP ${res.status}`);
}

/** Calls a write `action` and returns its validated 200 body. */
export async function write(ctx: CheckContext, action: Action, input: CallInput, what: string): Promise<Record<string, unknown>> {
  return expectPage(await call(ctx.target, input, { action }), what, action).body;
}

/** The build task `id` as DescribeImagePipelineExecutions lists it (undefined once its template is deleted). */
export async function findTask(ctx: CheckContext, id: string): Promise<Item | undefined> {
  const page = expectPage(await call(ctx.target, { ExecutionId: id }, { action: 'DescribeImagePipelineExecutions' }), `task ${id}`, 'DescribeImagePipelineExecutions');
  ensure(page.items.length <= 1, `DescribeImagePipelineExecutions ExecutionId=${id} listed ${page.items.length} tasks`);
  return page.items[0];
}

/** The build task `id`, which must be listed. */
export async function task(ctx: CheckContext, id: string): Promise<Item> {
  const t = await findTask(ctx, id);
  ensure(t, `DescribeImagePipelineExecutions ExecutionId=${id} listed no task`);
  return t;
}

/** The final states of a build task. */
export const FINAL = new Set(['SUCCESS', 'PARTITION_SUCCESS', 'FAILED', 'TEST_FAILED', 'CANCELLED']);

/**
 * Follows task `id` until `done` says so (or it reaches a final state), moving the emulator's clock one build
 * step at a time, or polling a real service until the timeout. Every state seen is appended to `seen`.
 */
export async function follow(ctx: CheckContext, id: string, done: (status: string) => boolean, seen: string[] = []): Promise<Item> {
  const clock = await emulatorClock(ctx);
  const opts = ctx.lifecycle;
  const deadline = Date.now() + (opts.buildTimeoutMs ?? 60 * 60_000);
  for (let i = 0; ; i++) {
    const t = await task(ctx, id);
    const status = String(t.Status);
    if (seen.at(-1) !== status) seen.push(status);
    if (done(status) || FINAL.has(status)) return t;
    if (clock) {
      ensure(i < 100, `task ${id} is still ${status} after 100 build steps of the emulator's clock`);
      await advance(ctx, clock.buildStepMs);
    } else {
      if (Date.now() > deadline) throw new CheckFailure(`task ${id} is still ${status} after ${Math.round((opts.buildTimeoutMs ?? 3_600_000) / 60_000)} minutes (seen: ${seen.join(' → ')})`);
      await sleep(opts.pollIntervalMs ?? 15_000);
    }
  }
}

/** What a check created, to be removed whatever the outcome. */
export interface Created {
  pipelines: string[];
  components: string[];
  executions: string[];
}

/**
 * Removes what a check created: cancels builds that can still be cancelled and waits for every build to end
 * (a template with a running build cannot be deleted), then deletes the templates and the components. Best
 * effort: what cannot be removed is named in the returned list (a built image is not removed: the spec has no
 * DeleteImage).
 */
export async function cleanUp(ctx: CheckContext, created: Created): Promise<string[]> {
  const left: string[] = [];
  for (const id of created.executions) {
    try {
      const t = await findTask(ctx, id);
      if (t && !FINAL.has(String(t.Status))) {
        await call(ctx.target, { ExecutionId: id }, { action: 'CancelImagePipelineExecution' });
        await follow(ctx, id, (s) => FINAL.has(s));
      }
    } catch (e) {
      left.push(`build ${id} (${(e as Error).message.slice(0, 120)})`);
    }
  }
  for (const [action, field, ids] of [['DeleteImagePipeline', 'ImagePipelineId', created.pipelines], ['DeleteImageComponent', 'ImageComponentId', created.components]] as const) {
    for (const id of ids) {
      const res = await call(ctx.target, { [field]: id }, { action }).catch((e: Error) => ({ status: 0, json: { Code: e.message } }));
      const code = isRecord(res.json) ? String(res.json.Code ?? '') : '';
      if (res.status !== 200 && !code.endsWith('.NotFound')) left.push(`${field} ${id} (${res.status} ${code})`);
    }
  }
  return left;
}

/** A name for what a check creates, unique per run, that says where it came from. */
export function suiteName(what: string): string {
  return `contract-suite-${what}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

function base(endpoint: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `https://${endpoint}`;
}
