import { describe, expect, it } from 'vitest';
import { flagValue, flagValues, parseArgs, type FlagSpec } from '../src/args.js';
import { closest, editDistance } from '../src/suggest.js';
import { UsageError } from '../src/usage-error.js';

const specs: FlagSpec[] = [
  { name: 'region', kind: 'string', help: '' },
  { name: 'tag', kind: 'string', repeatable: true, help: '' },
  { name: 'max-results', kind: 'string', help: '' },
  { name: 'all', kind: 'boolean', help: '' },
  { name: 'output', short: 'o', kind: 'string', help: '' },
];

function issues(argv: string[]) {
  try {
    parseArgs(argv, specs);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as UsageError).issues;
  }
  throw new Error('expected a UsageError');
}

describe('parseArgs', () => {
  it('reads --flag value, --flag=value, short aliases, switches and repeats', () => {
    const a = parseArgs(['--region', 'cn-hangzhou', '--tag=env=prod', '--tag', 'team', '-o', 'json', '--all'], specs);
    expect(flagValue(a, 'region')).toBe('cn-hangzhou');
    expect(flagValues(a, 'tag')).toEqual(['env=prod', 'team']);
    expect(flagValue(a, 'output')).toBe('json');
    expect(a.switches.has('all')).toBe(true);
  });

  it('takes a value that starts with a dash (so --max-results -1 reaches range checking)', () => {
    expect(flagValue(parseArgs(['--max-results', '-1'], specs), 'max-results')).toBe('-1');
    expect(flagValue(parseArgs(['--region='], specs), 'region')).toBe('');
  });

  it('keeps words after -- as positionals', () => {
    expect(parseArgs(['--', '--all'], specs).positionals).toEqual(['--all']);
  });

  it('reports every problem at once, with a suggestion for a misspelt flag', () => {
    const found = issues(['--max-result', '5', '--region', '--all=yes', '--region', 'a', '--region', 'b', '--output']);
    expect(found.map((i) => i.parameter)).toEqual(['--max-result', '--region', '--all', '--region', '--output']);
    expect(found[0]!.problem).toContain('did you mean --max-results?');
    expect(found[0]!.allowed).toContain('--region');
    expect(found[1]!.problem).toBe('needs a value');
    expect(found[2]!.problem).toBe('takes no value');
    expect(found[3]!.problem).toBe('given more than once');
  });

  it('does not suggest a far-off flag', () => {
    expect(issues(['--zzzzzzzz'])[0]!.problem).toBe('unknown flag');
  });
});

describe('suggestions', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('editDistance(%s, %s) = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it('picks the nearest plausible candidate', () => {
    expect(closest('regoin', ['region', 'tag'])).toBe('region');
    expect(closest('desc', ['describe', 'emulator'])).toBe('describe');
    expect(closest('xyz', ['describe', 'emulator'])).toBeUndefined();
  });
});
