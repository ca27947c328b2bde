// The human output: one row per item, the columns of output/columns.ts fitted to the terminal width, then a
// summary line. Pure: columns, rows and a width in, lines out.
import { cellText, type Column, fieldOf } from './columns.js';
import { displayWidth, padEnd, terminalSafe, truncate } from './text-width.js';

const GAP = 2;

/** The cells of one item for `columns`, made safe to print. Missing values print as `-`. */
export function itemRow(columns: readonly Column[], item: unknown): string[] {
  return columns.map((c) => {
    const text = cellText(fieldOf(item, c.header));
    return text === '' ? '-' : terminalSafe(text);
  });
}

/** `2020-11-24T06:00:00Z` → `2020-11-24 06:00` (16) → `2020-11-24` (10): shorter forms that stay readable. */
const TIME_FORMS = [16, 10] as const;

/**
 * Column widths that fit `width` columns in total, taking space widest-first in rounds: columns that give
 * first (`gives: 2`) down to their comfortable width, then names and states; times down to minutes; then
 * both down to their minimum; times down to the date; the ID last. Space a round freed beyond the need goes
 * back to the most-cut name or state, then the others. If even the minimums do not fit, lines are longer
 * than `width`.
 */
export function fitWidths(columns: readonly Column[], natural: readonly number[], width: number): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - (width - GAP * (widths.length - 1));
  const giving = (level: number) => columns.flatMap((c, i) => (c.gives >= level ? [i] : []));
  const flexible = giving(1);
  const times = columns.flatMap((c, i) => (c.time ? [i] : []));
  const ids = columns.flatMap((c, i) => (c.gives === 0 && !c.time ? [i] : []));
  const min = (i: number) => Math.min(natural[i]!, columns[i]?.min ?? 4);
  const comfortable = (i: number) => Math.min(natural[i]!, Math.max(min(i), columns[i]?.comfortable ?? 0));
  const take = (columns: readonly number[], floor: (i: number) => number) => {
    while (excess > 0) {
      let widest = -1;
      for (const i of columns) if (widths[i]! > floor(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      if (widest < 0) return;
      widths[widest]!--;
      excess--;
    }
  };
  const shortenTime = (to: number) => {
    for (const t of times) {
      if (excess > 0 && widths[t]! > to) {
        excess -= widths[t]! - to;
        widths[t] = to;
      }
    }
  };
  take(giving(2), comfortable);
  take(flexible, comfortable);
  shortenTime(TIME_FORMS[0]);
  take(giving(2), min);
  take(flexible, min);
  shortenTime(TIME_FORMS[1]);
  take(ids, min);
  take(widths.map((_, i) => i), min);
  // Give freed space back, names and states first (they were the last to give).
  for (const level of [1, 2]) {
    const candidates = columns.flatMap((c, i) => (c.gives === level ? [i] : []));
    while (excess < 0) {
      let most = -1;
      for (const i of candidates) if (widths[i]! < natural[i]! && (most < 0 || natural[i]! - widths[i]! > natural[most]! - widths[most]!)) most = i;
      if (most < 0) break;
      widths[most]!++;
      excess++;
    }
  }
  return widths;
}

/** A cell cut to `width`: times lose seconds, then the clock; anything else ends in `…`. */
function fitCell(column: Column, text: string, width: number): string {
  const m = column.time ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}(?:\.\d+)?Z$/.exec(text) : null;
  if (m && text.length > width) {
    if (width >= TIME_FORMS[0]) return `${m[1]} ${m[2]}`;
    if (width >= TIME_FORMS[1]) return m[1]!;
  }
  return truncate(text, width);
}

/** The table's lines (header first), fitted to `width` columns when a width is known. */
export function renderTable(columns: readonly Column[], rows: readonly string[][], width?: number): string[] {
  const headers = columns.map((c) => c.header);
  const natural = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const widths = width && width > 0 ? fitWidths(columns, natural, width) : natural;
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => padEnd(fitCell(columns[i]!, c, widths[i]!), widths[i]!)).join(' '.repeat(GAP)).trimEnd();
  return [line(headers), ...rows.map(line)];
}

/** `N of TotalCount`: how many items were printed out of all that match. */
export function summaryLine(shown: number, totalCount: number | undefined): string {
  return `${shown} of ${totalCount ?? shown}`;
}
