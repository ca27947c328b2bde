// Saving and restoring the emulator's state as plain JSON (runtime-neutral: the Node server writes it to the
// `--state` file, src/node/state-file.ts). Only what users did is saved — the resources they created, the
// generated ones they deleted, build runs and cancels, remembered ClientTokens, the clock's advance and the
// build count — since the generated data comes back from the seed. A snapshot is checked whole before any of
// it is applied, so a bad one changes nothing and says where it is wrong.
import type { ImageComponent, ImagePipeline, ImagePipelineExecution } from '@org/ecs-pipelines-core';
import type { FailPhase, Phase, Run } from './lifecycle.js';
import type { BuilderState, Kind } from './state.js';
import { isRecord } from './util.js';

/** The format marker of a saved state. */
export const STATE_FORMAT = 'ecs-pipelines-emulator-state';

/** What one region saves. */
export interface RegionSnapshot {
  /** Created resources, in the order pages show them (newest first). */
  pipelines: ImagePipeline[];
  components: ImageComponent[];
  executions: ImagePipelineExecution[];
  /** Build runs by ExecutionId: created tasks, and generated ones that were cancelled. */
  runs: Record<string, Run>;
  /** Generated resources that were deleted, by kind. */
  deleted: Record<Kind, string[]>;
  /** Remembered ClientTokens by action: `[token, request fingerprint, answer]`, oldest first. */
  tokens: Record<string, Array<[string, string, Record<string, unknown>]>>;
}

/** The emulator's state as JSON (`emulator.snapshot()`, the `--state` file). */
export interface EmulatorStateSnapshot {
  format: typeof STATE_FORMAT;
  version: 1;
  /** How far the clock was advanced, in ms. */
  clockOffsetMs: number;
  /** Builds started so far (the failure draw of the next one depends on it). */
  builds: number;
  regions: Record<string, RegionSnapshot>;
}

const KINDS: readonly Kind[] = ['pipelines', 'components', 'executions'];
const ID_FIELD: Record<Kind, string> = { pipelines: 'ImagePipelineId', components: 'ImageComponentId', executions: 'ExecutionId' };
const PHASES: ReadonlySet<string> = new Set<Phase>(['PREPARING', 'REPAIRING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'RELEASING']);
const FAIL_PHASES: ReadonlySet<string> = new Set<FailPhase>(['BUILDING', 'TESTING', 'DISTRIBUTING']);

/** The state as a detached JSON value (later changes do not reach it). */
export function snapshotOf(state: BuilderState): EmulatorStateSnapshot {
  state.settle();
  const regions: Record<string, RegionSnapshot> = {};
  const tokens = state.tokens.entries();
  for (const region of Object.keys(state.data.pipelines)) {
    const created = (kind: Kind) => (state.data[kind][region] ?? []).filter((item) => state.created.has(String((item as Record<string, unknown>)[ID_FIELD[kind]])));
    const deleted = state.deleted.get(region);
    const r: RegionSnapshot = {
      pipelines: created('pipelines') as ImagePipeline[],
      components: created('components') as ImageComponent[],
      executions: created('executions') as ImagePipelineExecution[],
      runs: Object.fromEntries([...state.runs].filter(([, e]) => e.region === region).map(([id, e]) => [id, e.run])),
      deleted: { pipelines: [...(deleted?.pipelines ?? [])], components: [...(deleted?.components ?? [])], executions: [...(deleted?.executions ?? [])] },
      tokens: {},
    };
    for (const [tokenRegion, action, token, entry] of tokens) if (tokenRegion === region) (r.tokens[action] ??= []).push([token, entry.fingerprint, entry.body]);
    const empty = KINDS.every((k) => r[k].length === 0 && r.deleted[k].length === 0) && Object.keys(r.runs).length === 0 && Object.keys(r.tokens).length === 0;
    if (!empty) regions[region] = r;
  }
  const snapshot: EmulatorStateSnapshot = { format: STATE_FORMAT, version: 1, clockOffsetMs: state.clock.offsetMs, builds: state.builds, regions };
  return JSON.parse(JSON.stringify(snapshot)) as EmulatorStateSnapshot;
}

/** Checks a saved state against the served regions; throws a `TypeError` naming the first problem. */
export function checkSnapshot(value: unknown, served: ReadonlySet<string>): EmulatorStateSnapshot {
  const bad = (where: string, what: string): never => {
    throw new TypeError(`emulator state: ${where} ${what}`);
  };
  if (!isRecord(value) || value.format !== STATE_FORMAT) bad('(top)', `is not a saved emulator state (format "${STATE_FORMAT}")`);
  const v = value as Record<string, unknown>;
  if (v.version !== 1) bad('version', `must be 1, got ${JSON.stringify(v.version)}`);
  const count = (name: string) => (Number.isSafeInteger(v[name]) && (v[name] as number) >= 0 ? 0 : bad(name, 'must be an integer ≥ 0'));
  count('clockOffsetMs');
  count('builds');
  if (!isRecord(v.regions)) bad('regions', 'must be an object of region ID → region state');
  const ids = new Set<string>();
  for (const [region, r] of Object.entries(v.regions as Record<string, unknown>)) {
    const at = `regions.${region}`;
    if (!served.has(region)) bad(at, 'is a region this emulator does not serve (see the regions option)');
    if (!isRecord(r)) bad(at, 'must be an object');
    const rs = r as Record<string, unknown>;
    for (const kind of KINDS) {
      if (!Array.isArray(rs[kind])) bad(`${at}.${kind}`, 'must be an array');
      (rs[kind] as unknown[]).forEach((item, i) => {
        const id = isRecord(item) ? item[ID_FIELD[kind]] : undefined;
        if (typeof id !== 'string' || !id) bad(`${at}.${kind}[${i}]`, `needs a non-empty string ${ID_FIELD[kind]}`);
        if (ids.has(id as string)) bad(`${at}.${kind}[${i}]`, `repeats the ID ${String(id)}`);
        ids.add(id as string);
      });
      const deleted = isRecord(rs.deleted) ? rs.deleted[kind] : undefined;
      if (!Array.isArray(deleted) || deleted.some((d) => typeof d !== 'string')) bad(`${at}.deleted.${kind}`, 'must be an array of IDs');
    }
    if (!isRecord(rs.runs)) bad(`${at}.runs`, 'must be an object of ExecutionId → run');
    for (const [id, run] of Object.entries(rs.runs as Record<string, unknown>)) checkRun(run, `${at}.runs.${id}`, bad);
    if (!isRecord(rs.tokens)) bad(`${at}.tokens`, 'must be an object of action → tokens');
    for (const [action, list] of Object.entries(rs.tokens as Record<string, unknown>)) {
      const ok = Array.isArray(list) && list.every((t) => Array.isArray(t) && t.length === 3 && typeof t[0] === 'string' && typeof t[1] === 'string' && isRecord(t[2]));
      if (!ok) bad(`${at}.tokens.${action}`, 'must be a list of [token, fingerprint, answer]');
    }
  }
  return value as EmulatorStateSnapshot;
}

function checkRun(run: unknown, at: string, bad: (where: string, what: string) => never): void {
  if (!isRecord(run)) bad(at, 'must be an object');
  const r = run as Record<string, unknown>;
  const time = (k: string) => typeof r[k] === 'number' && Number.isFinite(r[k]);
  if (!time('startMs')) bad(`${at}.startMs`, 'must be a number (ms)');
  if (r.cancelMs !== undefined && !time('cancelMs')) bad(`${at}.cancelMs`, 'must be a number (ms)');
  if (!Array.isArray(r.phases) || r.phases.some((p) => !PHASES.has(p as string))) bad(`${at}.phases`, `must be a list of ${[...PHASES].join(', ')}`);
  if (typeof r.imageId !== 'string' || typeof r.ref !== 'string') bad(at, 'needs the strings imageId and ref');
  if (r.failIn !== undefined && !FAIL_PHASES.has(r.failIn as string)) bad(`${at}.failIn`, `must be ${[...FAIL_PHASES].join(', ')} or absent`);
  // The emulator draws a failure only in one of the run's phases; another would never show, or show a failed
  // distribution of a build that distributes nothing.
  if (r.failIn !== undefined && !(r.phases as unknown[]).includes(r.failIn)) bad(`${at}.failIn`, `must be one of the run's phases, got ${r.failIn as string}`);
  if (r.failure !== undefined && !Number.isSafeInteger(r.failure)) bad(`${at}.failure`, 'must be an integer');
}

/** Applies a checked snapshot to a fresh state (built from the same seed and options). */
export function restoreSnapshot(state: BuilderState, snapshot: EmulatorStateSnapshot): void {
  state.builds = snapshot.builds;
  for (const [region, r] of Object.entries(snapshot.regions)) {
    const deleted = state.deletedIn(region);
    for (const kind of KINDS) {
      for (const id of r.deleted[kind]) deleted[kind].add(id);
      const gone = deleted[kind];
      const kept = (state.data[kind][region] ?? []).filter((item) => !gone.has(String((item as Record<string, unknown>)[ID_FIELD[kind]])));
      for (const item of r[kind]) state.created.add(String((item as Record<string, unknown>)[ID_FIELD[kind]]));
      (state.data[kind] as Record<string, unknown[]>)[region] = [...r[kind], ...kept];
    }
    const tasks = new Map((state.data.executions[region] ?? []).map((t) => [t.ExecutionId, t]));
    for (const [id, run] of Object.entries(r.runs)) {
      const task = tasks.get(id);
      if (task) state.track(region, task, run);
    }
    for (const [action, list] of Object.entries(r.tokens)) for (const [token, fingerprint, body] of list) state.tokens.set(region, action, token, { fingerprint, body });
  }
}
