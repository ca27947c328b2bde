// What `--wait` shows on stderr while it polls. On a terminal: one live line (`exec-… BUILDING · 1m05s`)
// rewritten in place, its clock ticking every second between polls, then the final state as a line that
// stays. Elsewhere (a pipe, a CI log): one plain line per change of state, nothing rewritten.
import type { OutStream } from '../io.js';
import { formatElapsed } from '../parse-number.js';
import { terminalSafe, truncate } from './text-width.js';

const CLEAR_LINE = '\r\x1b[2K';

/** The status display of one wait, for `label` (the ID waited for). */
export interface WaitStatus {
  /** The state read by a poll (undefined: not visible yet). */
  update(status: string | undefined): Promise<void>;
  /** Stops the clock; prints the last state as a lasting line on a terminal. */
  stop(): Promise<void>;
}

/** A status display on `stream`, its clock started now. */
export function waitStatus(stream: OutStream, label: string, now: () => number = Date.now): WaitStatus {
  const started = now();
  let status: string | undefined;
  let printed: string | undefined;
  let shown = false;
  const text = () => terminalSafe(`${label} ${status ?? 'waiting'} · ${formatElapsed(now() - started)}`);
  const redraw = async () => {
    // One column short of the width: a full line wraps on some terminals and \r then misses its start.
    const width = stream.columns && stream.columns > 1 ? stream.columns - 1 : 79;
    shown = true;
    await stream.write(`${CLEAR_LINE}${truncate(text(), width)}`);
  };
  const timer = stream.isTTY ? setInterval(() => void redraw(), 1000) : undefined;
  timer?.unref();
  return {
    async update(next) {
      status = next;
      if (stream.isTTY) return redraw();
      if (next !== undefined && next !== printed) {
        printed = next;
        await stream.write(`${terminalSafe(`${label} ${next} after ${formatElapsed(now() - started)}`)}\n`);
      }
    },
    async stop() {
      clearInterval(timer);
      if (shown) await stream.write(`${CLEAR_LINE}${text()}\n`);
      shown = false;
    },
  };
}
