// Issue 16's fault soak with writes: the stateful emulator injects a fault into 25 % of the requests
// (throttling with x-acs-retry-after, 500, 503, dropped connections, answers slower than the timeout, HTML 502
// pages, truncated JSON — the last one after the action ran). Through the client, with retries:
//   - N creates make exactly N templates, and N starts on them exactly N build tasks (counted in the
//     emulator's state, not from what the client saw): the ClientToken the client fills in once per call makes
//     every retry of an executed create or start a replay;
//   - N deletes (no token) are retried only when they cannot have run; the others end `outcomeUnknown`, and
//     the caller's check of the state settles them: every template gone, none deleted twice;
//   - a control run shows the soak has teeth: a client that retried creates without a token (the same retries,
//     the token taken out) makes one extra template per executed-but-unanswered create.
import { type Action, CreateImagePipeline, EcsError, type OperationSpec } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createBareClient, createClient, createImagePipeline, type ErrorHookEvent, type Operation } from '../src/node/index.js';
import { DEFAULT_CREDENTIALS, type EmulatorServer, startEmulator } from './helpers/emulator.js';

const N = 200;
const CONTROL = 60;
const CONCURRENCY = 4;
const FAULT_RATE = 0.25;
const TIMEOUT_MS = 100;
const RETRY = { maxAttempts: 10, baseDelayMs: 1, maxDelayMs: 10 };
const region = 'cn-hangzhou';

let server: EmulatorServer;
beforeAll(async () => {
  server = await startEmulator({
    pipelines: 0,
    components: 0,
    faultRate: FAULT_RATE,
    faultSeed: 'soak-writes',
    slowMs: TIMEOUT_MS * 4,
    retryAfterMs: 5,
    maxLogEntries: 100_000,
    // One step per state: a build finishes within milliseconds, so a start that ran twice would leave two
    // tasks (the second would not be refused as "already running").
    buildStepMs: 1,
  });
});
afterAll(() => server.close());

const pipelines = () => server.emulator.pipelines[region]!;
const executions = () => server.emulator.executions[region]!;

/** Runs `work` over `items`, `CONCURRENCY` at a time, keeping the order of results. */
async function pool<T, R>(items: readonly T[], work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!, i);
    }
  }));
  return out;
}

/** What a phase did: requests the emulator saw, faults it injected by kind, attempts and failed attempts by error. */
function meter() {
  const requests = server.emulator.log.length;
  const start = requests;
  const faults = { ...server.emulator.faults.stats.injected };
  const failures: Record<string, number> = {};
  let attempts = 0;
  let calls = 0;
  return {
    start,
    failures,
    onError: ({ error }: ErrorHookEvent) => void (failures[error.name] = (failures[error.name] ?? 0) + 1),
    count: (m: { attempts: number }) => {
      calls++;
      attempts += m.attempts;
    },
    report(name: string, extra: string) {
      const seen = server.emulator.log.length - requests;
      const injected: Record<string, number> = Object.fromEntries(
        Object.entries(server.emulator.faults.stats.injected as Record<string, number>)
          .map(([k, v]) => [k, v - ((faults as Record<string, number>)[k] ?? 0)] as const)
          .filter(([, v]) => v > 0),
      );
      const total = Object.values(injected).reduce((a, b) => a + b, 0);
      console.log(
        `soak-writes ${name}: ${calls} calls, ${attempts} attempts, ${seen} requests seen, ${total} faults injected (${((100 * total) / seen).toFixed(1)} %: ${JSON.stringify(injected)}), ` +
          `failed attempts ${JSON.stringify(failures)}; ${extra}`,
      );
      return { seen, injected, total };
    },
  };
}

const options = (onError: (e: ErrorHookEvent) => void) => ({ regionId: region, credentials: DEFAULT_CREDENTIALS, endpoint: server.url, timeoutMs: TIMEOUT_MS, retry: RETRY, onError });
const template = (name: string) => ({ BaseImageType: 'IMAGE' as const, BaseImage: 'm-soak', Name: name, BuildContent: 'RUN echo soak', ImageOptions: { ImageTags: [{ Key: 'soak', Value: name }] } });

let created: string[] = [];

test(`${N} creates with ${FAULT_RATE * 100} % faults make exactly ${N} templates`, async () => {
  const m = meter();
  const client = createClient(options(m.onError));
  const before = pipelines().length;
  const names = Array.from({ length: N }, (_, i) => `soak-${String(i).padStart(4, '0')}`);
  const answers = await pool(names, async (name) => {
    const page = await client.createImagePipeline(template(name));
    m.count(page.$metadata);
    return page.ImagePipelineId!;
  });
  const { seen, injected, total } = m.report('creates', `${pipelines().length - before} templates in the emulator`);

  const stored = pipelines().slice(0, pipelines().length - before);
  expect(pipelines().length - before).toBe(N);
  // One template per name, and it is the one the client was told about.
  expect(new Set(stored.map((p) => p.Name)).size).toBe(N);
  expect(new Set(answers).size).toBe(N);
  expect(new Set(stored.map((p) => p.ImagePipelineId))).toEqual(new Set(answers));
  for (const p of stored) expect(answers[names.indexOf(p.Name!)]).toBe(p.ImagePipelineId);
  expect(total / seen).toBeGreaterThanOrEqual(0.18);
  // Executed and then unanswered: the case the token is for.
  expect(injected['truncated-json'] ?? 0).toBeGreaterThan(0);
  created = answers;
});

test(`${N} starts on the ${N} templates with faults make exactly ${N} build tasks`, async () => {
  expect(created).toHaveLength(N);
  const m = meter();
  const client = createClient(options(m.onError));
  const answers = await pool(created, async (ImagePipelineId) => {
    const page = await client.startImagePipelineExecution({ ImagePipelineId });
    m.count(page.$metadata);
    return page.ExecutionId!;
  });
  const mine = executions().filter((e) => created.includes(e.ImagePipelineId!));
  const perTemplate = new Map<string, number>();
  for (const e of mine) perTemplate.set(e.ImagePipelineId!, (perTemplate.get(e.ImagePipelineId!) ?? 0) + 1);
  const { injected } = m.report('starts', `${mine.length} build tasks in the emulator, ${mine.filter((e) => e.Status === 'SUCCESS').length} already SUCCESS`);

  expect(mine).toHaveLength(N);
  expect([...perTemplate.values()].every((n) => n === 1)).toBe(true);
  expect(new Set(mine.map((e) => e.ExecutionId))).toEqual(new Set(answers));
  expect(injected['truncated-json'] ?? 0).toBeGreaterThan(0);
});

test(`${N} deletes with faults: retried only when they cannot have run; the unknown outcomes settled by a check, every template gone once`, async () => {
  expect(created).toHaveLength(N);
  const m = meter();
  const client = createClient(options(m.onError));
  const unknown: string[] = [];
  await pool(created, async (ImagePipelineId) => {
    try {
      const page = await client.deleteImagePipeline({ ImagePipelineId });
      m.count(page.$metadata);
    } catch (e) {
      const error = e as EcsError & { $metadata: { attempts: number } };
      m.count(error.$metadata);
      expect(EcsError.isInstance(error)).toBe(true);
      expect(error.outcomeUnknown, String(error)).toBe(true);
      expect(error.message).toContain('The outcome of DeleteImagePipeline is unknown');
      unknown.push(ImagePipelineId);
    }
  });
  // The client never sent a delete again after one that had run: a retried delete would find its template gone.
  const firstPass = server.emulator.log.slice(m.start);
  const notFound = (entries: typeof firstPass) => entries.filter((e) => e.action === 'DeleteImagePipeline' && e.code === 'InvalidImagePipeline.NotFound').length;
  expect(notFound(firstPass)).toBe(0);
  // A delete that met a latency fault runs when the emulator's delay ends, after the client gave up on it (as a
  // slow service would): let those finish before looking.
  const settle = () => new Promise((r) => setTimeout(r, TIMEOUT_MS * 4 + 100));
  await settle();
  // The caller's check: a template still listed is deleted again (with faults still on), one that is gone is not.
  const stillThere = unknown.filter((id) => pipelines().some((p) => p.ImagePipelineId === id));
  let ranLate = 0;
  for (const ImagePipelineId of stillThere) {
    for (;;) {
      const error = await client.deleteImagePipeline({ ImagePipelineId }).then(
        (page) => void m.count(page.$metadata),
        (e: unknown) => {
          m.count((e as { $metadata: { attempts: number } }).$metadata);
          return e as EcsError;
        },
      );
      if (!error) break;
      // Gone after all: an attempt of this check that timed out ran later.
      if ((error as { code?: string }).code === 'InvalidImagePipeline.NotFound') {
        ranLate++;
        break;
      }
      expect(error.outcomeUnknown).toBe(true);
      await settle();
      if (!pipelines().some((p) => p.ImagePipelineId === ImagePipelineId)) break;
    }
  }
  const left = pipelines().filter((p) => created.includes(p.ImagePipelineId!));
  const { injected } = m.report(
    'deletes',
    `${unknown.length} ended outcomeUnknown (${unknown.length - stillThere.length} of them had run — a truncated answer, or a slow answer the client stopped waiting for; ${stillThere.length} had not: deleted on the check), ${left.length} templates left; no delete re-sent after it had run`,
  );
  expect(left).toEqual([]);
  expect(executions().filter((e) => created.includes(e.ImagePipelineId!))).toEqual([]);
  // Some deletes met a fault the client may not retry; the ones that had run were found gone, not deleted twice.
  expect(unknown.length).toBeGreaterThan(0);
  // Only a truncated answer or a latency fault (the action runs after the delay) can hide a delete that ran.
  expect(unknown.length - stillThere.length).toBeLessThanOrEqual((injected['truncated-json'] ?? 0) + (injected.latency ?? 0));
  expect(ranLate).toBeLessThanOrEqual(1);
});

test(`control: without the token, the same retries make extra templates (${CONTROL} creates, truncated answers only)`, async () => {
  server.emulator.faults.setRate({ rate: FAULT_RATE, seed: 'soak-writes-control', kinds: ['truncated-json'] });
  try {
    const run = async (op: OperationSpec, prefix: string) => {
      const m = meter();
      const client = createBareClient(options(m.onError));
      const before = pipelines().length;
      await pool(Array.from({ length: CONTROL }, (_, i) => `${prefix}-${i}`), async (name) => {
        const page = await client.send(op as Operation<Action>, template(name) as never);
        m.count(page.$metadata);
      });
      const made = pipelines().length - before;
      const { injected } = m.report(prefix, `${made} templates made for ${CONTROL} creates`);
      return { made, truncated: injected['truncated-json'] ?? 0, timeouts: m.failures.EcsTimeoutError ?? 0 };
    };
    // The client's own create: one template per call whatever the faults.
    const real = await run(CreateImagePipeline, 'control-token');
    // The same action with its token taken out and marked safe to retry: every truncated answer was a template.
    const blind = await run({ ...CreateImagePipeline, idempotencyToken: undefined, readOnly: true }, 'control-blind');
    expect(real.made).toBe(CONTROL);
    expect(real.truncated).toBeGreaterThan(0);
    expect(blind.truncated).toBeGreaterThan(0);
    // Every truncated answer hid a template; so may an attempt that timed out on a loaded machine (it ran anyway).
    expect(blind.made - CONTROL).toBeGreaterThanOrEqual(blind.truncated);
    expect(blind.made - CONTROL).toBeLessThanOrEqual(blind.truncated + blind.timeouts);
    console.log(
      `soak-writes control: with the token ${real.made}/${CONTROL} templates (${real.truncated} truncated answers and ${real.timeouts} timeouts replayed), ` +
        `without it ${blind.made}/${CONTROL} (${blind.made - CONTROL} duplicates: ${blind.truncated} truncated answers, ${blind.timeouts} timeouts)`,
    );
    // Standalone commands go the same way as the method.
    const viaCommand = await createImagePipeline(createBareClient(options(() => {})), template('control-command'));
    expect(viaCommand.ImagePipelineId).toMatch(/^ip-/);
  } finally {
    server.emulator.faults.setRate({ rate: FAULT_RATE, seed: 'soak-writes' });
  }
});
