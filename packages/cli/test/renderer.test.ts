// The renderer and request builder for shapes no action of today's spec has yet (write actions will): an
// answer without an item list, and boolean parameters. In-process, with a fake stdout.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/args.js';
import type { ParamFlag } from '../src/commands/param-flags.js';
import { paramFlagSpecs } from '../src/commands/param-flags.js';
import { buildRequest } from '../src/commands/request.js';
import { columnsFor } from '../src/output/columns.js';
import { createRenderer } from '../src/output/renderer.js';
import { UsageError } from '../src/usage-error.js';

function capture() {
  let text = '';
  return { stream: { isTTY: false, write: async (t: string) => void (text += t) }, text: () => text };
}
const answer = { RequestId: 'R-1', ImagePipelineId: 'ip-1', Accepted: true };

describe('an action that does not page', () => {
  it.each([
    ['table', /^Field\s+Value\nRequestId\s+R-1\nImagePipelineId\s+ip-1\nAccepted\s+true\n$/],
    ['json', /^\{\n {2}"RequestId": "R-1",[\s\S]*"Accepted": true\n\}\n$/],
    ['ndjson', /^\{"RequestId":"R-1","ImagePipelineId":"ip-1","Accepted":true\}\n$/],
  ] as const)('prints its answer as %s', async (format, expected) => {
    const out = capture();
    const r = createRenderer({ format, mode: 'one', stdout: out.stream, width: undefined, columns: columnsFor([], ''), tokenFlag: undefined });
    await r.page({ body: answer, items: undefined, totalCount: undefined, nextToken: undefined });
    await r.finish();
    expect(out.text()).toMatch(expected);
  });
});

describe('boolean parameters', () => {
  const flag: ParamFlag = {
    spec: { name: 'dry-run', kind: 'boolean', help: 'DryRun' },
    param: 'DryRun',
    path: ['DryRun'],
    schema: { type: 'boolean' },
    required: false,
    description: 'Only check the request.',
    aliases: [],
  };
  const build = (argv: string[]) => buildRequest([flag], parseArgs(argv, paramFlagSpecs([flag])), { value: 'cn-hangzhou', source: '--region' }, 'x').request;

  it('are --flag (true) and --no-flag (false), absent when not given', () => {
    expect(build(['--dry-run'])).toEqual({ RegionId: 'cn-hangzhou', DryRun: true });
    expect(build(['--no-dry-run'])).toEqual({ RegionId: 'cn-hangzhou', DryRun: false });
    expect(build([])).toEqual({ RegionId: 'cn-hangzhou' });
  });

  it('refuse both at once, and a value', () => {
    expect(() => build(['--dry-run', '--no-dry-run'])).toThrow(UsageError);
    expect(() => build(['--dry-run=yes'])).toThrow(/takes no value/);
  });
});
