// The pieces of the write workflow that need no server, in-process: the confirmation rule and prompt (fake
// terminal streams), the --wait status display (fake clock), the follow-up commands derived from the spec,
// durations and elapsed times.
import { describe, expect, it } from 'vitest';
import { findCommand } from '../src/commands/catalog.js';
import { asksFirst, confirm, question } from '../src/commands/confirm.js';
import { cancelCommand, lookupCommand, shellWord, targetWords } from '../src/commands/follow-up.js';
import { runOptions } from '../src/commands/options.js';
import { paramFlags } from '../src/commands/param-flags.js';
import { commands } from '../src/generated/commands.gen.js';
import { parseArgs } from '../src/args.js';
import { CliFailure } from '../src/exit.js';
import type { InStream, Io, OutStream } from '../src/io.js';
import { waitStatus } from '../src/output/wait-status.js';
import { formatElapsed, parseDuration } from '../src/parse-number.js';
import { UsageError } from '../src/usage-error.js';

function fakeOut(isTTY: boolean): OutStream & { text: () => string } {
  let text = '';
  return { isTTY, columns: isTTY ? 80 : undefined, write: async (t) => void (text += t), text: () => text };
}
const fakeIn = (isTTY: boolean, answer: string | undefined): InStream => ({ isTTY, readLine: async () => answer });
const io = (stdin: InStream | undefined, stderr: OutStream, signal?: AbortSignal): Io => ({ stdin, stdout: fakeOut(false), stderr, env: {}, homeDir: '/nonexistent', signal });

describe('confirmation', () => {
  const resolved = findCommand('delete-image-pipeline')!;
  const flags = paramFlags(resolved);
  const request = { RegionId: 'cn-hangzhou', ImagePipelineId: 'ip-1' };

  it('is asked by the verb: Delete… and Cancel… actions, nothing else', () => {
    expect(commands.filter((c) => asksFirst(findCommand(c.name)!)).map((c) => c.action)).toEqual(['DeleteImagePipeline', 'CancelImagePipelineExecution', 'DeleteImageComponent']);
    expect(asksFirst(findCommand('cancel')!)).toBe(true);
  });

  it('asks with the spec\'s summary, the ID and the region', () => {
    expect(question(resolved, flags, request)).toBe('Delete an image template ip-1 in cn-hangzhou?');
  });

  it('goes ahead on y or yes, refuses anything else (exit 1), and Ctrl-C is 130; nothing is sent either way', async () => {
    for (const answer of ['y', 'Y', 'yes', ' yes ']) {
      const err = fakeOut(true);
      await expect(confirm(resolved, flags, request, false, io(fakeIn(true, answer), err))).resolves.toBeUndefined();
      expect(err.text()).toBe('Delete an image template ip-1 in cn-hangzhou? [y/N] ');
    }
    for (const answer of ['', 'n', 'no', 'yess', undefined]) {
      const refused = confirm(resolved, flags, request, false, io(fakeIn(true, answer), fakeOut(true)));
      await expect(refused).rejects.toBeInstanceOf(CliFailure);
      await expect(refused).rejects.toMatchObject({ code: 1, lines: ['ecs-pipelines: not confirmed; nothing was sent.'] });
    }
    const interrupt = new AbortController();
    interrupt.abort();
    await expect(confirm(resolved, flags, request, false, io(fakeIn(true, undefined), fakeOut(true), interrupt.signal))).rejects.toMatchObject({ code: 130 });
  });

  it('without a terminal on both stdin and stderr it needs --yes (a usage error: exit 2)', async () => {
    for (const [stdin, stderr] of [[undefined, fakeOut(true)], [fakeIn(false, 'y'), fakeOut(true)], [fakeIn(true, 'y'), fakeOut(false)]] as const) {
      const refused = confirm(resolved, flags, request, false, io(stdin, stderr));
      await expect(refused).rejects.toBeInstanceOf(UsageError);
      await expect(refused).rejects.toMatchObject({ issues: [{ parameter: '--yes' }] });
      expect(stderr.text()).toBe('');
    }
    await expect(confirm(resolved, flags, request, true, io(undefined, fakeOut(false)))).resolves.toBeUndefined();
  });
});

describe('the --wait status', () => {
  it('off a terminal: one plain line per change of state, with the time since the start', async () => {
    let t = 0;
    const err = fakeOut(false);
    const status = waitStatus(err, 'exec-1', () => t);
    for (const [at, state] of [[0, undefined], [300, 'PREPARING'], [2_000, 'PREPARING'], [4_100, 'BUILDING'], [65_000, 'SUCCESS']] as const) {
      t = at;
      await status.update(state);
    }
    await status.stop();
    expect(err.text()).toBe('exec-1 PREPARING after 0s\nexec-1 BUILDING after 4s\nexec-1 SUCCESS after 1m05s\n');
  });

  it('on a terminal: one line rewritten in place, left showing the last state', async () => {
    let t = 0;
    const err = fakeOut(true);
    const status = waitStatus(err, 'exec-1', () => t);
    await status.update('BUILDING');
    t = 12_000;
    await status.update('SUCCESS');
    await status.stop();
    expect(err.text()).toBe('\r\x1b[2Kexec-1 BUILDING · 0s\r\x1b[2Kexec-1 SUCCESS · 12s\r\x1b[2Kexec-1 SUCCESS · 12s\n');
  });
});

describe('follow-up commands, from the spec', () => {
  const target = ['--region', 'cn-hangzhou'];
  it('look an ID up with the paged read whose items it identifies', () => {
    expect(lookupCommand('ExecutionId', 'exec-1', target)).toBe('ecs-pipelines describe-image-pipeline-executions --execution-id exec-1 --region cn-hangzhou');
    expect(lookupCommand('ImagePipelineId', 'ip-1', target)).toBe('ecs-pipelines describe-image-pipelines --image-pipeline-id ip-1 --region cn-hangzhou');
    expect(lookupCommand('ImageComponentId', 'ic-1', [])).toBe('ecs-pipelines describe-image-components --image-component-id ic-1');
    expect(lookupCommand('Nothing', 'x', [])).toBeUndefined();
  });

  it('cancel with the Cancel… action taking exactly those IDs, by its short form', () => {
    expect(cancelCommand({ ExecutionId: 'exec-1' }, target)).toBe('ecs-pipelines cancel exec-1 --region cn-hangzhou');
    expect(cancelCommand({ ImagePipelineId: 'ip-1' }, target)).toBeUndefined();
  });

  it('go where this run went, quoted for the shell', () => {
    const options = (argv: string[]) => runOptions(parseArgs(argv, [
      { name: 'endpoint', kind: 'string', help: '' }, { name: 'profile', kind: 'string', help: '' }, { name: 'emulator', kind: 'boolean', help: '' },
      { name: 'emulator-', prefix: true, kind: 'string', help: '' },
    ]), 'x');
    expect(targetWords(options(['--endpoint', 'http://127.0.0.1:8787']), 'cn-hangzhou')).toEqual(['--region', 'cn-hangzhou', '--endpoint', 'http://127.0.0.1:8787']);
    expect(targetWords(options(['--emulator', '--emulator-state', 's.json']), 'cn-hangzhou')).toEqual(['--region', 'cn-hangzhou', '--emulator', '--emulator-state', 's.json']);
    expect(shellWord("it's here")).toBe(`'it'\\''s here'`);
    expect(shellWord('exec-1')).toBe('exec-1');
  });
});

describe('durations', () => {
  it.each([['500ms', 500], ['90s', 90_000], ['90', 90_000], ['1.5m', 90_000], ['2h', 7_200_000], ['0', 0]])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));
  it.each(['', 'abc', '5 minutes', '-1s', '1d', '1e3'])('"%s" is not a duration', (text) => expect(parseDuration(text)).toBeUndefined());
  it.each([[0, '0s'], [59_999, '59s'], [65_000, '1m05s'], [3_725_000, '1h02m']])('%d ms prints as %s', (ms, text) => expect(formatElapsed(ms)).toBe(text));
});
