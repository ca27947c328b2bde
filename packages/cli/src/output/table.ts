// The human output of `describe`: one row per pipeline, columns fitted to the terminal width, then a
// summary line. Pure: rows and a width in, lines out.
import type { ImagePipeline } from '@org/ecs-pipelines-client';
import { displayWidth, padEnd, terminalSafe, truncate } from './text-width.js';

/** The columns, in order, with the narrowest each may be squeezed to before the last-resort pass. */
export const TABLE_COLUMNS = [
  { header: 'ImagePipelineId', min: 8, flexible: false },
  { header: 'Name', min: 6, flexible: true },
  { header: 'BaseImage', min: 6, flexible: true },
  { header: 'InstanceType', min: 6, flexible: true },
  { header: 'ToRegionIds', min: 6, flexible: true },
  { header: 'CreationTime', min: 10, flexible: false },
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
 * Column widths that fit `width` columns in total, taking space widest-first in rounds: the flexible columns
 * (name, image, instance type, regions) down to their header's width; the time down to minutes; the flexible
 * columns down to their minimum; the time down to the date; the ID last. Space a round freed beyond the need
 * goes back to the most-cut flexible column. If even the minimums do not fit, lines are longer than `width`.
 */
export function fitWidths(natural: readonly number[], width: number): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - (width - GAP * (widths.length - 1));
  const flexible = TABLE_COLUMNS.flatMap((c, i) => (c.flexible ? [i] : []));
  const min = (i: number) => Math.min(natural[i]!, TABLE_COLUMNS[i]?.min ?? 4);
  const header = (i: number) => Math.min(natural[i]!, Math.max(min(i), TABLE_COLUMNS[i]?.header.length ?? 0));
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
  take(flexible, header);
  shortenTime(TIME_FORMS[0]);
  take(flexible, min);
  shortenTime(TIME_FORMS[1]);
  take([ID], min);
  take(widths.map((_, i) => i), min);
  while (excess < 0) {
    let most = -1;
    for (const i of flexible) if (widths[i]! < natural[i]! && (most < 0 || natural[i]! - widths[i]! > natural[most]! - widths[most]!)) most = i;
    if (most < 0) break;
    widths[most]!++;
    excess++;
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
