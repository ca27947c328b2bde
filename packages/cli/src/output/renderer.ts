// Turns answers into output, per format, for any action: `json` and `table` print once at the end (a table
// needs every row to size its columns; a JSON document must be whole), `ndjson` prints each page's items as
// they arrive. A paged action's items make the rows; any other answer prints as field/value rows.
import type { OutputFormat } from '../commands/options.js';
import type { OutStream } from '../io.js';
import { cellText, type Column, columnFor } from './columns.js';
import { jsonText, ndjsonLines } from './json.js';
import { itemRow, renderTable, summaryLine } from './table.js';
import { terminalSafe } from './text-width.js';

/** One answer as the renderers read it. */
export interface PageView {
  /** The normalized body, wire field names (what `json` prints for a single page). */
  readonly body: object;
  /** The page's items (already cut to --max-items), or undefined for an action that does not page. */
  readonly items: readonly unknown[] | undefined;
  readonly totalCount: number | undefined;
  /** The token of the next page, when there is one. */
  readonly nextToken: string | undefined;
}

/** Receives the answers page by page, then prints what is left. */
export interface Renderer {
  /** Whether `page` prints at once (ndjson), so a progress line on the same terminal must be cleared first. */
  readonly streams: boolean;
  page(page: PageView): Promise<void>;
  /** Called once after the last page. */
  finish(): Promise<void>;
}

/** What a renderer needs to know besides the pages. */
export interface RendererOptions {
  readonly format: OutputFormat;
  /** One page (its body is the JSON result) or every page (an array of items). */
  readonly mode: 'one' | 'all';
  readonly stdout: OutStream;
  /** The terminal width for tables (undefined: no fitting). */
  readonly width: number | undefined;
  /** The table's columns for items (paged actions). */
  readonly columns: readonly Column[];
  /** The flag that resumes at the next page, for the hint under a one-page table. */
  readonly tokenFlag: string | undefined;
}

const FIELD_COLUMNS: readonly Column[] = [columnFor('Field', 'Field'), { ...columnFor('Value', undefined), comfortable: 12 }];

/** The renderer for `options`. */
export function createRenderer(options: RendererOptions): Renderer {
  const { format, mode, stdout, width } = options;
  const items: unknown[] = [];
  let last: PageView | undefined;
  let totalCount: number | undefined;
  return {
    streams: format === 'ndjson',
    async page(page) {
      last = page;
      totalCount ??= page.totalCount;
      const pageItems = page.items ?? [page.body];
      if (format === 'ndjson') await stdout.write(ndjsonLines(pageItems));
      else items.push(...pageItems);
    },
    async finish() {
      if (format === 'ndjson') return;
      if (format === 'json') {
        await stdout.write(jsonText(mode === 'one' ? (last?.body ?? {}) : items));
        return;
      }
      if (last && last.items === undefined) {
        const rows = Object.entries(last.body).map(([k, v]) => [terminalSafe(k), terminalSafe(cellText(v)) || '-']);
        await stdout.write(`${renderTable(FIELD_COLUMNS, rows, width).join('\n')}\n`);
        return;
      }
      const lines = renderTable(options.columns, items.map((item) => itemRow(options.columns, item)), width);
      lines.push(summaryLine(items.length, totalCount));
      if (mode === 'one' && last?.nextToken && options.tokenFlag) lines.push(`more: add --all, or ${options.tokenFlag} ${terminalSafe(last.nextToken)}`);
      await stdout.write(`${lines.join('\n')}\n`);
    },
  };
}
