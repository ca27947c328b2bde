// Turns pages into output, per format: `json` and `table` print once at the end (a table needs every row to
// size its columns; a JSON document must be whole), `ndjson` prints each page's pipelines as they arrive.
import type { ImagePipeline } from '@org/ecs-pipelines-client';
import type { OutputFormat } from '../commands/describe-options.js';
import type { OutStream } from '../io.js';
import { jsonText, ndjsonLines, pageBody } from './json.js';
import { pipelineRow, renderTable, summaryLine } from './table.js';
import { terminalSafe } from './text-width.js';

/** The parts of a page the renderers read. */
export interface PageLike {
  TotalCount?: number;
  NextToken?: string;
  ImagePipeline?: { ImagePipelineSet?: ImagePipeline[] };
}

/** Receives the pipelines page by page, then prints what is left. */
export interface Renderer {
  /** Whether `page` prints at once (ndjson), so a progress line on the same terminal must be cleared first. */
  readonly streams: boolean;
  /** `items` are the page's pipelines, already cut to --max-items. */
  page(page: PageLike, items: readonly ImagePipeline[]): Promise<void>;
  /** Called once after the last page. */
  finish(): Promise<void>;
}

/** How the run pages: one page (its body is the JSON result) or every page (an array of pipelines). */
export type PagingMode = 'one' | 'all';

/** The renderer for `format`; `width` is the terminal width for tables (undefined: no fitting). */
export function createRenderer(format: OutputFormat, mode: PagingMode, stdout: OutStream, width: number | undefined): Renderer {
  const items: ImagePipeline[] = [];
  let lastPage: PageLike | undefined;
  let totalCount: number | undefined;
  return {
    streams: format === 'ndjson',
    async page(page, pageItems) {
      lastPage = page;
      totalCount ??= page.TotalCount;
      if (format === 'ndjson') await stdout.write(ndjsonLines(pageItems));
      else items.push(...pageItems);
    },
    async finish() {
      if (format === 'ndjson') return;
      if (format === 'json') {
        await stdout.write(jsonText(mode === 'one' ? pageBody(lastPage ?? {}) : items));
        return;
      }
      const lines = renderTable(items.map(pipelineRow), width);
      lines.push(summaryLine(items.length, totalCount));
      if (mode === 'one' && lastPage?.NextToken) lines.push(`more: add --all, or --next-token ${terminalSafe(lastPage.NextToken)}`);
      await stdout.write(`${lines.join('\n')}\n`);
    },
  };
}
