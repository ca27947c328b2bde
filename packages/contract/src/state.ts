// The emulator's live state: the seeded data set plus what users created, minus what they deleted, the build
// tasks' runs, the remembered ClientTokens and the resource clock. Handlers change it only through these
// methods, which keep the lists in the order pages show them (created ones first, newest first) and count
// every change (`version`), so the emulator knows when to save it (state-snapshot.ts).
import type { ImageComponent, ImagePipeline, ImagePipelineExecution } from '@org/ecs-pipelines-core';
import { isoSeconds, type EmulatorClock } from './clock.js';
import { FINAL_STATES } from './execution-states.js';
import { generatedRun } from './generated-runs.js';
import { TokenMemory } from './idempotency.js';
import { viewRun, type Phase, type Run } from './lifecycle.js';
import { seededRandom } from './random.js';
import type { EmulatorData } from './store.js';

/** The settings of the stateful image builder. */
export interface BuilderSettings {
  /** Templates and (your own) components allowed per region. */
  quotas: { pipelines: number; components: number };
  /** How long each state of a build lasts, in ms. */
  buildStepMs: number;
  /** The share of builds that fail (0–1), drawn deterministically from `seed`. */
  buildFailureRate: number;
  seed: number | string;
}

/** A resource kind the state tracks. */
export type Kind = 'pipelines' | 'components' | 'executions';

const idOf = (kind: Kind, item: ImagePipeline | ImageComponent | ImagePipelineExecution): string =>
  String(kind === 'pipelines' ? (item as ImagePipeline).ImagePipelineId : kind === 'components' ? (item as ImageComponent).ImageComponentId : (item as ImagePipelineExecution).ExecutionId);

/** One build task the emulator runs (or a generated one that was cancelled), with its place. */
export interface RunEntry {
  region: string;
  task: ImagePipelineExecution;
  run: Run;
}

/** The emulator's data and what happened to it since the start. */
export class BuilderState {
  /** Counts changes; the emulator saves the state when it moves. */
  version = 0;
  /** Builds started so far: the n-th build's failure draw depends only on the seed and n. */
  builds = 0;
  /** IDs of the resources users created (the rest come from the seed or the `data` option). */
  readonly created = new Set<string>();
  /** IDs of generated resources users deleted, by region and kind. */
  readonly deleted = new Map<string, Record<Kind, Set<string>>>();
  readonly runs = new Map<string, RunEntry>();
  readonly tokens = new TokenMemory();
  private readonly live = new Set<string>();
  private animated = false;

  constructor(
    readonly data: EmulatorData,
    readonly settings: BuilderSettings,
    readonly clock: EmulatorClock,
  ) {
    for (const region of Object.keys(data.pipelines)) {
      data.executions[region] ??= [];
      data.components[region] ??= [];
    }
  }

  /** Records a change (the clock moving counts: saved builds must not go back in time). */
  changed(): void {
    this.version++;
  }

  /** Brings every running task's fields up to the clock (its state, messages, image, times). */
  settle(): void {
    this.animateGenerated();
    const now = this.clock.now();
    for (const id of this.live) {
      const entry = this.runs.get(id);
      if (!entry) {
        this.live.delete(id);
        continue;
      }
      const view = viewRun(entry.run, now, this.settings.buildStepMs);
      Object.assign(entry.task, { Status: view.Status, ImageId: view.ImageId || entry.task.ImageId || '', Message: view.Message, ErrorCode: view.ErrorCode, ErrorInfo: view.ErrorInfo, ModifiedTime: isoSeconds(view.modifiedMs) });
      if (view.final) this.live.delete(id);
    }
  }

  /** Adds a created resource in front of its region's list (newest first). */
  add(kind: 'pipelines', region: string, item: ImagePipeline): void;
  add(kind: 'components', region: string, item: ImageComponent): void;
  add(kind: Kind, region: string, item: ImagePipeline | ImageComponent): void {
    (this.data[kind][region] as Array<typeof item>).unshift(item);
    this.created.add(idOf(kind, item));
    this.changed();
  }

  /** Adds a build task with its run, in front of its region's tasks. */
  addRun(region: string, task: ImagePipelineExecution, run: Run): void {
    this.data.executions[region]!.unshift(task);
    this.created.add(task.ExecutionId!);
    this.track(region, task, run);
    this.changed();
  }

  /** Starts tracking a run (restored or new); its fields are set at once. */
  track(region: string, task: ImagePipelineExecution, run: Run): void {
    this.runs.set(task.ExecutionId!, { region, task, run });
    this.live.add(task.ExecutionId!);
    this.settle();
  }

  /** Cancels a task now: a generated one gets a run of its own that holds only the cancel. */
  cancel(region: string, task: ImagePipelineExecution): void {
    const now = this.clock.now();
    const entry = this.runs.get(task.ExecutionId!);
    if (entry) {
      entry.run.cancelMs = now;
      this.live.add(task.ExecutionId!);
      this.settle();
    } else {
      this.track(region, task, { startMs: now, phases: [], imageId: task.ImageId ?? '', ref: String(task.ExecutionId).slice(-8), cancelMs: now });
    }
    this.changed();
  }

  /** Deletes a resource of `region`; deleting a template also deletes its build tasks (reference §4.3). */
  remove(kind: 'pipelines' | 'components', region: string, id: string): void {
    this.drop(kind, region, (item) => idOf(kind, item) === id);
    if (kind === 'pipelines') this.drop('executions', region, (task) => (task as ImagePipelineExecution).ImagePipelineId === id);
    this.changed();
  }

  /**
   * The failure of the next build (`failIn` unset: it succeeds); each start uses up one draw. A third of the
   * failures of a build that distributes its image are distribution failures (PARTITION_SUCCESS). That choice
   * is drawn last, so builds without DISTRIBUTING fail as they did before it existed, for the same seed.
   */
  drawFailure(phases: readonly Phase[]): Pick<Run, 'failIn' | 'failure'> {
    const n = this.builds++;
    const random = seededRandom(`${String(this.settings.seed)}/builds/${n}`);
    if (!(random() < this.settings.buildFailureRate)) return {};
    const failIn = phases.includes('TESTING') && random() < 0.5 ? 'TESTING' : 'BUILDING';
    const failure = Math.floor(random() * 2);
    return { failIn: phases.includes('DISTRIBUTING') && random() < 1 / 3 ? 'DISTRIBUTING' : failIn, failure };
  }

  /** Generated resources of `region` deleted so far. */
  deletedIn(region: string): Record<Kind, Set<string>> {
    let d = this.deleted.get(region);
    if (!d) this.deleted.set(region, (d = { pipelines: new Set(), components: new Set(), executions: new Set() }));
    return d;
  }

  // Once the clock has been advanced, generated tasks that are still running get runs of their own, which
  // start from their generated state at the unadvanced time (generated-runs.ts).
  private animateGenerated(): void {
    if (this.animated || this.clock.offsetMs === 0) return;
    this.animated = true;
    const since = this.clock.now() - this.clock.offsetMs;
    for (const [region, tasks] of Object.entries(this.data.executions)) {
      for (const task of tasks) {
        const id = task.ExecutionId ?? '';
        if (this.runs.has(id) || this.created.has(id) || FINAL_STATES.has(task.Status ?? '')) continue;
        const template = this.data.pipelines[region]?.find((p) => p.ImagePipelineId === task.ImagePipelineId);
        this.runs.set(id, { region, task, run: generatedRun(task, template, since, this.settings.buildStepMs) });
        this.live.add(id);
      }
    }
  }

  private drop(kind: Kind, region: string, match: (item: ImagePipeline | ImageComponent | ImagePipelineExecution) => boolean): void {
    const list: Array<ImagePipeline | ImageComponent | ImagePipelineExecution> = this.data[kind][region] ?? [];
    for (let i = list.length - 1; i >= 0; i--) {
      if (!match(list[i]!)) continue;
      const id = idOf(kind, list[i]!);
      list.splice(i, 1);
      if (!this.created.delete(id)) this.deletedIn(region)[kind].add(id);
      if (kind === 'executions') this.runs.delete(id);
    }
  }
}
