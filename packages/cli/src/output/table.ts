// The human output of `describe`: one row per pipeline, columns fitted to the terminal width, then a
// summary line. Pure: rows and a width in, lines out.
import type { ImagePipeline } from '@org/ecs-pipelines-client';
import { displayWidth, padEnd, terminalSafe, truncate } from './text-width.js';

/**
 * The columns, in order: the width each keeps as long as it can (`comfortable`: the header, or for names
 * enough to tell them apart), the narrowest it may be squeezed to (`min`), and how early it gives up space
 * when the terminal is narrow: `2` first (long image IDs, region lists), `1` next (names, instance types),
 * `0` only as a last resort (the pipeline ID people copy, and the time, which shortens instead).
 */
export const TABLE_COLUMNS = [
  { header: 'ImagePipelineId', comfortable: 15, min: 8, gives: 0 },
  { header: 'Name', comfortable: 12, min: 6, gives: 1 },
  { header: 'BaseImage', comfortable: 9, min: 6, gives: 2 },
  { header: 'InstanceType', comfortable: 12, min: 6, gives: 1 },
  { header: 'ToRegionIds', comfortable: 11, min: 6, gives: 2 },
  { header: 'CreationTime', comfortable: 12, min: 10, gives: 0 },
] as const;

const GAP = 2;

/** The cells of one pipeline, made safe to print. Missing values print as `-`. */
export function pipelineRow(p: ImagePipeline): string[] {
  const cell = (v: string | undefined) => (v === undefined || v === '' ? '-' : terminalSafe(v));
  const regions = p.ToRegionIds?.ToRegionId ?? [];
  return [
    cell(p.ImagePipelineId),
    cell(p.Name),
    cell(p.BaseImage),
    cell(p.InstanceType),
    cell(regions.join(',')),
    cell(p.CreationTime),
  ];
}

const TIME = TABLE_COLUMNS.findIndex((c) => c.header === 'CreationTime');
const ID = TABLE_COLUMNS.findIndex((c) => c.header === 'ImagePipelineId');
/** `2020-11-24T06:00:00Z` → `2020-11-24 06:00` (16) → `2020-11-24` (10): shorter forms that stay readable. */
const TIME_FORMS = [16, 10] as const;

/**
 * Column widths that fit `width` columns in total, taking space widest-first in rounds: images and regions
 * down to their comfortable width, then names and instance types; the time down to minutes; images and
 * regions down to their minimum, then names and instance types; the time down to the date; the ID last. Space a round freed beyond the need
 * goes back to the most-cut name or instance type, then image or regions. If even the minimums do not fit, lines are longer than `width`.
 */
export function fitWidths(natural: readonly number[], width: number): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - (width - GAP * (widths.length - 1));
  const giving = (level: number) => TABLE_COLUMNS.flatMap((c, i) => (c.gives >= level ? [i] : []));
  const flexible = giving(1);
  const min = (i: number) => Math.min(natural[i]!, TABLE_COLUMNS[i]?.min ?? 4);
  const comfortable = (i: number) => Math.min(natural[i]!, Math.max(min(i), TABLE_COLUMNS[i]?.comfortable ?? 0));
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
    if (excess > 0 && TIME >= 0 && widths[TIME]! > to) {
      excess -= widths[TIME]! - to;
      widths[TIME] = to;
    }
  };
  take(giving(2), comfortable);
  take(flexible, comfortable);
  shortenTime(TIME_FORMS[0]);
  take(giving(2), min);
  take(flexible, min);
  shortenTime(TIME_FORMS[1]);
  take([ID], min);
  take(widths.map((_, i) => i), min);
  // Give freed space back, names and instance types first (they were the last to give).
  for (const level of [1, 2]) {
    const candidates = TABLE_COLUMNS.flatMap((c, i) => (c.gives === level ? [i] : []));
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
function fitCell(column: number, text: string, width: number): string {
  const m = column === TIME ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}):\d{2}(?:\.\d+)?Z$/.exec(text) : null;
  if (m && text.length > width) {
    if (width >= TIME_FORMS[0]) return `${m[1]} ${m[2]}`;
    if (width >= TIME_FORMS[1]) return m[1]!;
  }
  return truncate(text, width);
}

/** The table's lines (header first), fitted to `width` columns when a width is known. */
export function renderTable(rows: readonly string[][], width?: number): string[] {
  const headers = TABLE_COLUMNS.map((c) => c.header);
  const natural = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const widths = width && width > 0 ? fitWidths(natural, width) : natural;
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => padEnd(fitCell(i, c, widths[i]!), widths[i]!)).join(' '.repeat(GAP)).trimEnd();
  return [line(headers), ...rows.map(line)];
}

/** `N of TotalCount`: how many pipelines were printed out of all that match. */
export function summaryLine(shown: number, totalCount: number | undefined): string {
  return `${shown} of ${totalCount ?? shown}`;
}
