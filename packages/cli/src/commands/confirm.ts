// Actions that cannot be undone ask first. The rule is the action's verb (Delete…, Cancel…), not a list of
// actions: on a terminal the command asks on stderr and reads y/N from stdin; anywhere else (a script, CI,
// a pipe) it refuses without --yes, since no one can answer and guessing "yes" is how resources vanish.
// Either way a refusal sends nothing.
import { CliFailure, EXIT } from '../exit.js';
import type { Io } from '../io.js';
import { terminalSafe } from '../output/text-width.js';
import { UsageError } from '../usage-error.js';
import type { Resolved } from './catalog.js';
import { isField, type ParamFlag } from './param-flags.js';

/** Verbs of actions that destroy or stop something. */
const IRREVERSIBLE = /^(Delete|Cancel|Stop|Release|Remove)[A-Z]/;

/** Whether the action of `resolved` asks before it runs. */
export function asksFirst(resolved: Resolved): boolean {
  return IRREVERSIBLE.test(resolved.command.action);
}

/** `Delete an image template ip-1 in cn-hangzhou?`: the spec's summary, the required IDs, the region. */
export function question(resolved: Resolved, flags: readonly ParamFlag[], request: Readonly<Record<string, unknown>>): string {
  const ids = flags.filter((f) => f.required && !isField(f)).map((f) => String(request[f.param]));
  const region = typeof request['RegionId'] === 'string' ? ` in ${request['RegionId']}` : '';
  return terminalSafe(`${resolved.command.summary} ${ids.join(' ')}${region}?`);
}

/**
 * Resolves when the run may go ahead: --yes, or "y"/"yes" typed at the prompt. Throws a usage error (exit 2)
 * when no one can be asked, a failure (exit 1) when the answer is no, and exit 130 on Ctrl-C.
 */
export async function confirm(resolved: Resolved, flags: readonly ParamFlag[], request: Readonly<Record<string, unknown>>, yes: boolean, io: Io): Promise<void> {
  if (yes) return;
  const { name } = resolved;
  if (!io.stdin?.isTTY || !io.stderr.isTTY) {
    throw new UsageError([{
      parameter: '--yes',
      problem: `${resolved.command.action} cannot be undone, and without a terminal to ask on it needs --yes`,
      allowed: `--yes (or -y) to go ahead: ecs-pipelines ${name} … --yes`,
    }], name);
  }
  await io.stderr.write(`${question(resolved, flags, request)} [y/N] `);
  const answer = await io.stdin.readLine(io.signal);
  // Ctrl-C or Ctrl-D leave the cursor after the question.
  if (answer === undefined) await io.stderr.write('\n');
  if (io.signal?.aborted) throw new CliFailure(EXIT.interrupted, ['ecs-pipelines: interrupted; nothing was sent.']);
  if (!/^\s*y(es)?\s*$/i.test(answer ?? '')) throw new CliFailure(EXIT.failed, ['ecs-pipelines: not confirmed; nothing was sent.']);
}
