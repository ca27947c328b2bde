// `--wait`: after the write, poll with the client's generic waiter (the spec's `x-acs-waiters`, see
// wait-plan.ts) until what the answer names ends. Success resolves with the final item (a success state with an
// error, PARTITION_SUCCESS, adds a warning on stderr); a failure state exits
// 1 with the item's error fields; running out of --max-wait exits 1 and Ctrl-C exits 130, both saying that the
// work keeps running and how to check on it or cancel it (follow-up.ts).
import { type BareClient, EcsAbortError, EcsWaiterError, type Input, type WaiterOptions, waiter } from '@org/ecs-pipelines-client';
import type { Action, RequestOf } from '@org/ecs-pipelines-core';
import { CliFailure, EXIT, fieldRows as fields } from '../exit.js';
import type { Io } from '../io.js';
import { cellText, fieldOf } from '../output/columns.js';
import { waitStatus } from '../output/wait-status.js';
import { formatElapsed } from '../parse-number.js';
import { cancelCommand, lookupCommand, targetWords } from './follow-up.js';
import type { RunOptions } from './options.js';
import type { WaitPlan } from './wait-plan.js';

/** Pauses between polls: from 5 s growing to 30 s against the API; quick against an emulator. */
function delays(options: RunOptions): Pick<WaiterOptions, 'minDelayMs' | 'maxDelayMs'> {
  if (options.pollIntervalMs !== undefined) return { minDelayMs: options.pollIntervalMs, maxDelayMs: options.pollIntervalMs };
  return options.emulator ? { minDelayMs: 250, maxDelayMs: 1_000 } : { minDelayMs: 5_000, maxDelayMs: 30_000 };
}

type Row = readonly [label: string, value: string];

/** `Check` and `Cancel` rows for what is still running. */
function followUps(ids: Record<string, string>, options: RunOptions, region: unknown, cancel = true): Row[] {
  const target = targetWords(options, region);
  const [param, value] = Object.entries(ids)[0]!;
  const check = lookupCommand(param, value, target);
  const stop = cancel ? cancelCommand(ids, target) : undefined;
  const rows: Row[] = [...(check ? [['Check', check] as const] : []), ...(stop ? [['Cancel', stop] as const] : [])];
  // The embedded emulator ends with this process, and its builds with it, unless its state is kept.
  if (options.emulator && !options.emulatorFlags.has('state')) rows.push(['Note', 'the embedded emulator stops with this command; add --emulator-state FILE to keep builds between runs']);
  return rows;
}

/** The item's error fields (`ErrorCode`, `ErrorInfo`) and `Message`. */
function errorRows(item: unknown): Row[] {
  const names = Object.keys(typeof item === 'object' && item !== null ? item : {}).filter((k) => /^Error/.test(k) || k === 'Message');
  return names.map((n): Row => [n, cellText(fieldOf(item, n))]).filter(([, v]) => v !== '');
}

/** Waits for what `answer` names; resolves with its final item or throws a {@link CliFailure}. */
export async function waitFor(client: BareClient, plan: WaitPlan, answer: object, options: RunOptions, region: unknown, io: Io): Promise<unknown> {
  const ids: Record<string, string> = {};
  for (const key of plan.spec.input) {
    const value = fieldOf(answer, key);
    if (typeof value !== 'string' || value === '') throw new CliFailure(EXIT.failed, [`ecs-pipelines: the answer has no ${key} to wait for`]);
    ids[key] = value;
  }
  const label = Object.values(ids).join(' ');
  // --verbose writes each poll's request and response to stderr too: plain lines then, not a rewritten one.
  const status = waitStatus(options.verbose ? { write: (t) => io.stderr.write(t), isTTY: false } : io.stderr, label);
  const started = Date.now();
  let last: string | undefined;
  const input: Input<RequestOf<Action>> = { ...(typeof region === 'string' ? { RegionId: region } : {}), ...ids };
  try {
    const item = await waiter(plan.read, plan.name)(client, input, {
      maxWaitMs: options.maxWaitMs,
      ...delays(options),
      ...(io.signal ? { signal: io.signal } : {}),
      onPoll: (event) => {
        last = event.status;
        void status.update(event.status);
      },
    });
    await status.stop();
    // A success state may still carry an error (PARTITION_SUCCESS: the image exists, copying it to a region
    // failed): the command succeeds, and stderr says what went wrong.
    const rows = errorRows(item);
    if (rows.some(([name]) => name !== 'Message')) {
      const ended = `ecs-pipelines: warning: ${label} ended in ${cellText(fieldOf(item, plan.spec.item))} after ${formatElapsed(Date.now() - started)}, with an error`;
      await io.stderr.write(`${[ended, ...fields(rows)].join('\n')}\n`);
    }
    return item;
  } catch (error) {
    await status.stop();
    const after = formatElapsed(Date.now() - started);
    if (EcsWaiterError.isInstance(error) && error.reason === 'failure') {
      throw new CliFailure(EXIT.failed, [`ecs-pipelines: ${label} ended in ${error.status ?? last} after ${after}`, ...fields([...errorRows(error.item), ...followUps(ids, options, region, false)])]);
    }
    if (EcsWaiterError.isInstance(error)) {
      throw new CliFailure(EXIT.failed, [`ecs-pipelines: stopped waiting after ${after} (--max-wait); ${label} is still ${last ?? 'not visible'} and keeps running`, ...fields(followUps(ids, options, region))]);
    }
    if (EcsAbortError.isInstance(error)) {
      throw new CliFailure(EXIT.interrupted, [`ecs-pipelines: interrupted after ${after}: stopped waiting; ${label} keeps running (last seen ${last ?? 'not visible yet'})`, ...fields(followUps(ids, options, region))]);
    }
    throw error;
  }
}
