// The waiter's error, in a module of its own: a bundle that never waits does not carry it (its brand is a
// module-level statement, which a bundler keeps whenever the module is included).
import { brand, EcsError, setFields } from './errors.js';

/** What ended a wait: the resource reached a failure state, or the time allowed ran out. */
export interface EcsWaiterErrorInit {
  reason: 'failure' | 'timeout';
  /** The last state seen (`FAILED`, `BUILDING`, …), if any. */
  status?: string | undefined;
  /** The last item seen (the build task), if any. */
  item?: unknown;
  /** How many times the waiter polled. */
  polls: number;
}

/** A waiter ended without success: `reason` says why, `status` and `item` what was last seen. */
export class EcsWaiterError extends EcsError {
  declare readonly reason: 'failure' | 'timeout';
  declare readonly status?: string;
  /** The last item seen (for `waitUntilImagePipelineExecutionComplete`, the build task with its `ErrorCode`/`ErrorInfo`). */
  declare readonly item?: unknown;
  declare readonly polls: number;

  constructor(message: string, init: EcsWaiterErrorInit) {
    super(message);
    setFields(this, { ...init });
  }
}
brand(EcsWaiterError, 'EcsWaiterError');

