import { describe, expect, it } from 'vitest';
import { SHORT_FORMS } from '../src/commands/catalog.js';
import { columnsFor } from '../src/output/columns.js';
import { fitWidths, itemRow, renderTable, summaryLine } from '../src/output/table.js';
import { displayWidth, terminalSafe, truncate } from '../src/output/text-width.js';
import { progressText } from '../src/output/progress.js';

const pipeline = (i: number, name = `pipeline-${i}`) => ({
  ImagePipelineId: `ip-bp1${String(i).padStart(16, '0')}`,
  Name: name,
  BaseImage: 'aliyun_3_x64_20G_alibase_20240819.vhd',
  InstanceType: 'ecs.g7.large',
  ToRegionIds: { ToRegionId: ['cn-beijing', 'cn-shanghai'] },
  CreationTime: '2020-11-24T06:00:00Z',
});

describe('text width', () => {
  it('counts CJK as two columns and combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('研发流水线')).toBe(10);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('🚀')).toBe(2);
  });

  it('truncates by columns with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('研发流水线', 5)).toBe('研发…');
    expect(truncate('abc', 3)).toBe('abc');
  });

  it('neutralises terminal escapes and bidi overrides', () => {
    expect(terminalSafe('a\x1b[31mred\x07\n\u202eb')).toBe('a\ufffd[31mred\ufffd\ufffd\ufffdb');
  });
});

// The short form's columns (describe, as README.md shows it); the generic choice is tested in commands.test.ts.
const COLUMNS = columnsFor(SHORT_FORMS[0]!.columns!, 'ImagePipelineSet');
const pipelineRow = (item: unknown) => itemRow(COLUMNS, item);

describe('table', () => {
  it('prints every column of an item, lists joined, missing values as -', () => {
    expect(pipelineRow(pipeline(1))).toEqual(['ip-bp10000000000000001', 'pipeline-1', 'aliyun_3_x64_20G_alibase_20240819.vhd', 'ecs.g7.large', 'cn-beijing,cn-shanghai', '2020-11-24T06:00:00Z']);
    expect(pipelineRow({})).toEqual(['-', '-', '-', '-', '-', '-']);
  });

  it('prints natural widths when there is room, header first', () => {
    const lines = renderTable(COLUMNS, [pipelineRow(pipeline(1))]);
    expect(lines[0]).toMatch(/^ImagePipelineId\s+Name\s+BaseImage\s+InstanceType\s+ToRegionIds\s+CreationTime$/);
    expect(lines[1]).toContain('aliyun_3_x64_20G_alibase_20240819.vhd');
  });

  it.each([200, 120, 100, 80, 60])('fits %i columns, keeping IDs whole while others can give', (width) => {
    const rows = [pipelineRow(pipeline(1, '研发-nightly-build-for-web-frontend')), pipelineRow(pipeline(2))];
    const lines = renderTable(COLUMNS, rows, width);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    if (width >= 80) expect(lines[1]).toContain('ip-bp10000000000000001');
    expect(lines[1]).toMatch(/2020-11-24/);
  });

  it.each([
    // width, natural widths → fitted widths
    [200, [22, 30, 40, 12, 22, 20], [22, 30, 40, 12, 22, 20]],
    // images and regions give up space first, down to their headers; then names
    [100, [22, 30, 40, 12, 22, 20], [22, 16, 9, 12, 11, 20]],
    // not enough at comfortable widths: the time drops its seconds, the other fields (image, instance type,
    // regions) go below their headers, widest first; the name keeps its comfortable width
    [90, [23, 19, 22, 13, 14, 20], [23, 12, 9, 10, 10, 16]],
    // then names and instance types too, then the time to its date, the ID last
    [70, [23, 19, 22, 13, 14, 20], [23, 9, 6, 6, 6, 10]],
    [10, [22, 30, 40, 12, 22, 20], [8, 6, 6, 6, 6, 10]],
  ])('fits %i columns', (width, natural, expected) => {
    const w = fitWidths(COLUMNS, natural, width);
    expect(w).toEqual(expected);
    if (width >= 70 && width < 200) expect(w.reduce((a, b) => a + b) + 10).toBe(width);
  });

  it('shortens times to minutes, then to the date, instead of cutting them', () => {
    const rows = [pipelineRow(pipeline(1))];
    expect(renderTable(COLUMNS, rows, 80)[1]).toMatch(/2020-11-24 06:00$/);
    expect(renderTable(COLUMNS, rows, 64)[1]).toMatch(/2020-11-24$/);
  });

  it('summarises as "N of TotalCount"', () => {
    expect(summaryLine(50, 137)).toBe('50 of 137');
    expect(summaryLine(3, undefined)).toBe('3 of 3');
  });

  it('words progress as pages, items and total', () => {
    expect(progressText({ noun: 'pipelines', pages: 3, items: 150, totalCount: 437 })).toBe('page 3 · 150 of 437 pipelines');
    expect(progressText({ noun: 'executions', pages: 1, items: 2, totalCount: undefined })).toBe('page 1 · 2 executions');
  });
});
