// The emulator's resource clock: the `now` option plus an offset that only moves forward. Build tasks advance
// on it (their state is computed from it lazily, no timers), and created resources take their times from it;
// `advanceClock` lets a test run a whole build in no time. Signature timestamps are still checked against the
// `now` option alone: clients sign with their own (real) clock, which an advance must not put out of range.

/** A clock that a test can move forward. */
export interface EmulatorClock {
  /** The emulator's time, in ms since the epoch: the `now` option plus every advance so far. */
  now(): number;
  /** How far it has been advanced, in ms. */
  readonly offsetMs: number;
  /** Moves it forward by `ms` (an integer ≥ 0); returns the new time. */
  advance(ms: number): number;
}

/** The largest single advance: ten years, far beyond any build, small enough to stay an exact integer. */
export const MAX_ADVANCE_MS = 10 * 366 * 86_400_000;

/** A clock over `base` (the `now` option), starting `offsetMs` ahead of it (restored from a saved state). */
export function createClock(base: () => number, offsetMs = 0): EmulatorClock {
  let offset = offsetMs;
  return {
    now: () => base() + offset,
    get offsetMs() {
      return offset;
    },
    advance(ms: number) {
      if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > MAX_ADVANCE_MS) {
        throw new TypeError(`advanceClock takes an integer number of ms from 0 to ${MAX_ADVANCE_MS}, got ${String(ms)}`);
      }
      offset += ms;
      return base() + offset;
    },
  };
}

/** ISO 8601 in UTC without milliseconds, as the service writes times (`2020-11-24T06:00:00Z`). */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
