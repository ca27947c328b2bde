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

/**
 * Column widths that fit `width` columns in total: first the flexible columns (names, images, regions) give
 * up space, widest first, down to their minimum; then the IDs and times. If even the minimums do not fit,
 * the minimums are returned and lines are longer than `width`.
 */
export function fitWidths(natural: readonly number[], width: number): number[] {
  const widths = [...natural];
  const budget = width - GAP * (widths.length - 1);
  let excess = widths.reduce((a, b) => a + b, 0) - budget;
  const floor = (i: number) => Math.min(natural[i]!, TABLE_COLUMNS[i]?.min ?? 4);
  for (const onlyFlexible of [true, false]) {
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) {
        if (onlyFlexible && !TABLE_COLUMNS[i]?.flexible) continue;
        if (widths[i]! > floor(i) && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      }
      if (widest < 0) break;
      widths[widest]!--;
      excess--;
    }
  }
  return widths;
}

/** The table's lines (header first), fitted to `width` columns when a width is known. */
export function renderTable(rows: readonly string[][], width?: number): string[] {
  const headers = TABLE_COLUMNS.map((c) => c.header);
  const natural = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const widths = width && width > 0 ? fitWidths(natural, width) : natural;
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => padEnd(truncate(c, widths[i]!), widths[i]!)).join(' '.repeat(GAP)).trimEnd();
  return [line(headers), ...rows.map(line)];
}

/** `N of TotalCount`: how many pipelines were printed out of all that match. */
export function summaryLine(shown: number, totalCount: number | undefined): string {
  return `${shown} of ${totalCount ?? shown}`;
}
