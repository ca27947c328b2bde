// The progress line `--all` shows on stderr when stderr is a terminal: rewritten in place, cleared at the end,
// so stdout carries nothing but the result (even when it is redirected to a file).
import type { OutStream } from '../io.js';
import { truncate } from './text-width.js';

/** Where paging has got to. */
export interface ProgressState {
  /** What the items are, plural: `pipelines`, `executions`. */
  noun: string;
  pages: number;
  items: number;
  totalCount: number | undefined;
}

/** `page 3 · 150 of 437 pipelines` */
export function progressText(s: ProgressState): string {
  return `page ${s.pages} · ${s.items}${s.totalCount !== undefined ? ` of ${s.totalCount}` : ''} ${s.noun}`;
}

const CLEAR_LINE = '\r\x1b[2K';

/** A progress line on `stream`, or a no-op when `stream` is not a terminal. */
export function progressLine(stream: OutStream) {
  let shown = false;
  return {
    async update(s: ProgressState) {
      if (!stream.isTTY) return;
      // One column short of the width: a line that fills the last column wraps on some terminals, and \r then
      // returns to the wrapped line instead of the start.
      const width = stream.columns && stream.columns > 1 ? stream.columns - 1 : 79;
      shown = true;
      await stream.write(`${CLEAR_LINE}${truncate(progressText(s), width)}`);
    },
    async clear() {
      if (shown) await stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
