import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/args.js';
import { describeFlags } from '../src/commands/describe-flags.js';
import { describeOptions, parseTag } from '../src/commands/describe-options.js';
import { buildRequest } from '../src/commands/request.js';
import { UsageError, type UsageIssue } from '../src/usage-error.js';

const options = (argv: string[]) => describeOptions(parseArgs(argv, describeFlags, 'describe'));
const request = (argv: string[]) => {
  const o = options(argv);
  return buildRequest(o.request, { value: o.request.region, source: '--region' });
};
function issuesOf(fn: () => unknown): UsageIssue[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof UsageError) return e.issues;
    throw e;
  }
  throw new Error('expected a UsageError');
}

describe('describe options', () => {
  it('builds the wire request from the flags', () => {
    expect(request(['--region', 'cn-hangzhou', '--tag', 'env=prod', '--tag', 'team', '--tag', 'k=a=b', '--id', 'ip-1', '--id', 'ip-2',
      '--name', 'n', '--resource-group-id', 'rg-1', '--max-results', '10', '--next-token', 't'])).toEqual({
      RegionId: 'cn-hangzhou',
      Tag: [{ Key: 'env', Value: 'prod' }, { Key: 'team' }, { Key: 'k', Value: 'a=b' }],
      ImagePipelineId: ['ip-1', 'ip-2'],
      Name: 'n',
      ResourceGroupId: 'rg-1',
      MaxResults: 10,
      NextToken: 't',
    });
  });

  it('defaults: v3, one page, format from the terminal', () => {
    const o = options([]);
    expect(o).toMatchObject({ signatureVersion: 'v3', all: false, emulator: false, verbose: false });
    expect(o.output).toBeUndefined();
  });

  it('--max-items implies following NextToken', () => {
    expect(options(['--max-items', '3'])).toMatchObject({ all: true, maxItems: 3 });
  });

  it('parses tags: KEY=VALUE, KEY alone, KEY= (empty value)', () => {
    expect(parseTag('a=b')).toEqual({ Key: 'a', Value: 'b' });
    expect(parseTag('a')).toEqual({ Key: 'a' });
    expect(parseTag('a=')).toEqual({ Key: 'a', Value: '' });
    expect(parseTag('=v')).toEqual({ Key: '', Value: 'v' });
  });

  // CLI-only flags, in-process. Request parameters (MaxResults, tags, IDs, the region) are checked by the
  // client against the spec; test/bad-input.test.ts runs every case through the built binary.
  const bad: Array<[string[], string, RegExp]> = [
    [['--endpoint', '127.0.0.1:1'], '--endpoint', /http/],
    [['--endpoint', 'ftp://x'], '--endpoint', /http/],
    [['--endpoint', 'not a url'], '--endpoint', /http/],
    [['--endpoint', 'https://user:pw@host'], '--endpoint', /http/],
    [['--signature-version', 'v2'], '--signature-version', /v3, v1/],
    [['--timeout', '-1'], '--timeout', /milliseconds/],
    [['--timeout', '0'], '--timeout', /milliseconds/],
    [['--timeout', '1e3'], '--timeout', /milliseconds/],
    [['--max-attempts', '0'], '--max-attempts', /1 to 10/],
    [['--max-attempts', '11'], '--max-attempts', /1 to 10/],
    [['--output', 'xml'], '--output', /table, json, ndjson/],
    [['--max-items', '0'], '--max-items', /positive integer/],
    [['--max-items', 'many'], '--max-items', /positive integer/],
    [['--emulator', '--endpoint', 'http://127.0.0.1:1'], '--endpoint', /either/],
    [['--emulator', '--profile', 'p'], '--profile', /either/],
    [['stray'], 'describe', /flags only/],
  ];

  it.each(bad)('refuses %j naming %s and what is allowed', (argv, parameter, allowed) => {
    const found = issuesOf(() => request(['--region', 'cn-hangzhou', ...argv]));
    const issue = found.find((i) => i.parameter === parameter);
    expect(issue, JSON.stringify(found)).toBeDefined();
    expect(issue!.allowed).toMatch(allowed);
  });

  it('reports a missing region with every way to give one', () => {
    const [issue] = issuesOf(() => request([]));
    expect(issue).toMatchObject({ parameter: '--region', problem: 'no region given' });
    expect(issue!.allowed).toContain('ALIBABA_CLOUD_REGION_ID');
  });

  it('passes --max-results on as a number when numeric, else as typed,, for the client to report with its range', () => {
    expect(request(['--region', 'cn-hangzhou', '--max-results', '1.5']).MaxResults).toBe(1.5);
    expect(request(['--region', 'cn-hangzhou', '--max-results', 'abc']).MaxResults).toBe('abc');
    expect(request(['--region', 'cn-hangzhou', '--max-results', '0']).MaxResults).toBe(0);
  });

  it('reports every problem of one command line together', () => {
    const found = issuesOf(() => options(['--max-items', 'x', '--output', 'xml', '--timeout', '-5', '--signature-version', 'v2']));
    expect(found.map((i) => i.parameter).sort()).toEqual(['--max-items', '--output', '--signature-version', '--timeout']);
    console.log(`bad describe flag cases checked in-process: ${bad.length + 2}`);
  });
});
