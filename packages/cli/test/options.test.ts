// The command line → options and request, in-process, for every subcommand: request flags come from the
// generated table and core's rules; the common flags are the CLI's own.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/args.js';
import { findCommand } from '../src/commands/catalog.js';
import { outputFlags, pagingFlags, transportFlags } from '../src/commands/common-flags.js';
import { runOptions } from '../src/commands/options.js';
import { paramFlags, paramFlagSpecs } from '../src/commands/param-flags.js';
import { parseValue } from '../src/commands/param-values.js';
import { buildRequest } from '../src/commands/request.js';
import { UsageError, type UsageIssue } from '../src/usage-error.js';

const parse = (command: string, argv: string[]) => {
  const resolved = findCommand(command)!;
  const flags = paramFlags(resolved);
  return { flags, args: parseArgs(argv, [...paramFlagSpecs(flags), ...pagingFlags, ...transportFlags, ...outputFlags], command) };
};
const options = (argv: string[], command = 'describe') => runOptions(parse(command, argv).args, command);
const request = (argv: string[], command = 'describe') => {
  const { flags, args } = parse(command, argv);
  const o = runOptions(args, command);
  return buildRequest(flags, args, { value: o.region, source: '--region' }, command);
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

describe('request flags', () => {
  it('builds the wire request of describe (the short form: --id is --image-pipeline-id)', () => {
    const built = request(['--region', 'cn-hangzhou', '--tag', 'env=prod', '--tag', 'team', '--tag', 'k=a=b', '--id', 'ip-1', '--image-pipeline-id', 'ip-2',
      '--name', 'n', '--resource-group-id', 'rg-1', '--max-results', '10', '--next-token', 't']);
    expect(built.request).toEqual({
      RegionId: 'cn-hangzhou',
      Tag: [{ Key: 'env', Value: 'prod' }, { Key: 'team' }, { Key: 'k', Value: 'a=b' }],
      ImagePipelineId: ['ip-2', 'ip-1'],
      Name: 'n',
      ResourceGroupId: 'rg-1',
      MaxResults: 10,
      NextToken: 't',
    });
    expect(built.sources.get('ImagePipelineId')).toBe('--image-pipeline-id and --id');
    expect(built.sources.get('RegionId')).toBe('--region');
  });

  it('builds the requests of the other actions from the same flags machinery', () => {
    expect(request(['--region', 'cn-beijing', '--image-pipeline-id', 'ip-1', '--status', 'BUILDING,TESTING', '--page-size', '5', '--starting-token', 'T'],
      'describe-image-pipeline-executions').request).toEqual({ RegionId: 'cn-beijing', ImagePipelineId: 'ip-1', Status: 'BUILDING,TESTING', MaxResults: 5, NextToken: 'T' });
    expect(request(['--region', 'cn-beijing', '--owner', 'SELF', '--component-type', 'Build', '--image-component-id', 'ic-1', '--image-component-id', 'ic-2'],
      'describe-image-components').request).toEqual({ RegionId: 'cn-beijing', Owner: 'SELF', ComponentType: 'Build', ImageComponentId: ['ic-1', 'ic-2'] });
  });

  it('refuses flags that only one action has', () => {
    expect(issuesOf(() => parse('describe-image-pipelines', ['--owner', 'SELF']))[0]).toMatchObject({ parameter: '--owner', problem: 'unknown flag' });
    expect(issuesOf(() => parse('describe-image-components', ['--status', 'x']))[0]!.parameter).toBe('--status');
  });

  it('parses values by the parameter\'s rule: integers, objects as KEY[=VALUE] or Field=value', () => {
    expect(parseValue({ type: 'integer' }, '10')).toBe(10);
    expect(parseValue({ type: 'integer' }, '1.5')).toBe(1.5);
    expect(parseValue({ type: 'integer' }, 'abc')).toBe('abc');
    expect(parseValue({ type: 'integer' }, '')).toBe('');
    const pair = { type: 'object', properties: { Key: { type: 'string' }, Value: { type: 'string' } } };
    expect(parseValue(pair, 'a=b')).toEqual({ Key: 'a', Value: 'b' });
    expect(parseValue(pair, 'a')).toEqual({ Key: 'a' });
    expect(parseValue(pair, 'a=')).toEqual({ Key: 'a', Value: '' });
    expect(parseValue(pair, '=v')).toEqual({ Key: '', Value: 'v' });
    const triple = { type: 'object', properties: { A: { type: 'string' }, B: { type: 'integer' }, C: { type: 'string' } } };
    expect(parseValue(triple, 'A=x,B=2')).toEqual({ A: 'x', B: 2 });
    expect(parseValue({ type: 'string' }, '007')).toBe('007');
  });

  it('passes a page size on as a number when numeric, else as typed, for core to report with its range', () => {
    expect(request(['--region', 'cn-hangzhou', '--max-results', '1.5']).request['MaxResults']).toBe(1.5);
    expect(request(['--region', 'cn-hangzhou', '--max-results', 'abc']).request['MaxResults']).toBe('abc');
    expect(request(['--region', 'cn-hangzhou', '--page-size', '0']).request['MaxResults']).toBe(0);
  });

  it('refuses a flag and its alias together, and a missing region with every way to give one', () => {
    expect(issuesOf(() => request(['--region', 'cn-hangzhou', '--max-results', '5', '--page-size', '6']))[0]).toMatchObject({ parameter: '--max-results and --page-size' });
    const [issue] = issuesOf(() => request([]));
    expect(issue).toMatchObject({ parameter: '--region', problem: 'no region given' });
    expect(issue!.allowed).toContain('ALIBABA_CLOUD_REGION_ID');
  });
});

describe('common options', () => {
  it('defaults: v3, one page, format from the terminal', () => {
    const o = options([]);
    expect(o).toMatchObject({ signatureVersion: 'v3', all: false, emulator: false, verbose: false });
    expect(o.output).toBeUndefined();
    expect(o.method).toBeUndefined();
  });

  it('--max-items implies following pages; --method picks the HTTP method', () => {
    expect(options(['--max-items', '3'])).toMatchObject({ all: true, maxItems: 3 });
    expect(options(['--method', 'POST']).method).toBe('POST');
  });

  // The CLI's own flags. Request parameters are checked by core against the spec and the endpoint by the
  // client; test/bad-input.e2e.test.ts runs those through the built binary.
  const bad: Array<[string[], string, RegExp]> = [
    [['--signature-version', 'v2'], '--signature-version', /v3, v1/],
    [['--method', 'PUT'], '--method', /GET, POST/],
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
    const found = issuesOf(() => options(['--region', 'cn-hangzhou', ...argv]));
    const issue = found.find((i) => i.parameter === parameter);
    expect(issue, JSON.stringify(found)).toBeDefined();
    expect(issue!.allowed).toMatch(allowed);
  });

  it('reports every problem of one command line together', () => {
    const found = issuesOf(() => options(['--max-items', 'x', '--output', 'xml', '--timeout', '-5', '--signature-version', 'v2']));
    expect(found.map((i) => i.parameter).sort()).toEqual(['--max-items', '--output', '--signature-version', '--timeout']);
    console.log(`bad common-flag cases checked in-process: ${bad.length + 1}`);
  });
});
