// The lifecycle of a build task the emulator runs (family reference §10), as a pure function of time: a task
// stores when it started, its phases, whether it is to fail and when it was cancelled, and its state at any
// moment follows from those and the step duration. Nothing ticks: the emulator computes states when it reads
// them, so no timer keeps a process alive and a test moves builds on by advancing the clock.
import { FAILURES, MESSAGES } from './execution-states.js';

/** A phase a build passes through before its final state. */
export type Phase = 'PREPARING' | 'REPAIRING' | 'BUILDING' | 'TESTING' | 'DISTRIBUTING' | 'RELEASING';

/** The phases a build can fail in. */
export type FailPhase = 'BUILDING' | 'TESTING' | 'DISTRIBUTING';

/** What the emulator keeps of a running (or run) build task. */
export interface Run {
  /** When it started, on the emulator's clock (ms). */
  startMs: number;
  /** Its phases in order, each lasting one step; SUCCESS follows the last. */
  phases: Phase[];
  /** The image it builds, shown from the end of BUILDING on. */
  imageId: string;
  /** Fills `{id}` in the messages (the VPC and instance of the build). */
  ref: string;
  /**
   * Where it fails: at the end of BUILDING (→ FAILED) or TESTING (→ TEST_FAILED); a DISTRIBUTING failure
   * runs on through RELEASING and ends in PARTITION_SUCCESS (the image exists, one copy or share did not work).
   */
  failIn?: FailPhase;
  /** Which of the state's `ErrorCode`/`ErrorInfo` pairs it reports. */
  failure?: number;
  /** When it was cancelled (ms); it is then CANCELLING for one step, and CANCELLED. */
  cancelMs?: number;
}

/** The fields of a task that its run decides, at one moment. */
export interface RunView {
  Status: string;
  /** When it entered this state (ms). */
  modifiedMs: number;
  Message: string;
  ImageId: string;
  ErrorCode: string;
  ErrorInfo: string;
  /** The state is final: it will not change again. */
  final: boolean;
}

/**
 * The phases of a template's build (reference §10.2): REPAIRING only with a `RepairMode`, TESTING only with
 * `TestContent`, DISTRIBUTING only when the image is copied (`ToRegionId`) or shared (`AddAccount`).
 */
export function planPhases(t: { RepairMode?: string; TestContent?: string; ToRegionIds?: { ToRegionId?: readonly string[] }; AddAccounts?: { AddAccount?: readonly string[] } }): Phase[] {
  const phases: Phase[] = ['PREPARING'];
  if (t.RepairMode) phases.push('REPAIRING');
  phases.push('BUILDING');
  if (t.TestContent) phases.push('TESTING');
  if ((t.ToRegionIds?.ToRegionId?.length ?? 0) + (t.AddAccounts?.AddAccount?.length ?? 0) > 0) phases.push('DISTRIBUTING');
  phases.push('RELEASING');
  return phases;
}

/** The state of `run` at `nowMs`, when each phase lasts `stepMs`. */
export function viewRun(run: Run, nowMs: number, stepMs: number): RunView {
  const step = Math.max(1, stepMs);
  const say = (status: string) => (MESSAGES[status] ?? '').replace('{id}', run.ref);
  const at = (status: string, modifiedMs: number, final: boolean, image = false, error?: readonly [string, string]): RunView => ({
    Status: status,
    modifiedMs,
    Message: say(status),
    ImageId: image ? run.imageId : '',
    ErrorCode: error?.[0] ?? '',
    ErrorInfo: error?.[1] ?? '',
    final,
  });
  // A cancel is accepted only before the image exists (PREPARING, REPAIRING, BUILDING), so none is shown.
  if (run.cancelMs !== undefined) {
    return nowMs < run.cancelMs + step ? at('CANCELLING', run.cancelMs, false) : at('CANCELLED', run.cancelMs + step, true);
  }
  const index = Math.floor(Math.max(0, nowMs - run.startMs) / step);
  const building = run.phases.indexOf('BUILDING');
  const error = (status: string) => FAILURES[status]![(run.failure ?? 0) % FAILURES[status]!.length];
  const partial = run.failIn === 'DISTRIBUTING';
  const failAt = run.failIn && !partial ? run.phases.indexOf(run.failIn) : -1;
  if (failAt >= 0 && index > failAt) {
    const status = run.failIn === 'TESTING' ? 'TEST_FAILED' : 'FAILED';
    return at(status, run.startMs + (failAt + 1) * step, true, status === 'TEST_FAILED', error(status));
  }
  if (index >= run.phases.length) {
    const end = run.startMs + run.phases.length * step;
    return partial ? at('PARTITION_SUCCESS', end, true, true, error('PARTITION_SUCCESS')) : at('SUCCESS', end, true, true);
  }
  return at(run.phases[index]!, run.startMs + index * step, false, index > building);
}
