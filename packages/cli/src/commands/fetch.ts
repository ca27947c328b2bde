// The fetching half of every subcommand: a client (against the API or the embedded emulator), one answer or
// every page through the client's generic paginator, or one answer followed by --wait (wait.ts); output per
// format, progress on stderr. The client checks its options (the endpoint's rule is its own) and the request
// again before sending; its findings are reported under flag names, and a write whose outcome is unknown says
// so (outcome.ts).
import { type Action, createClient, type Input, type Operation, paginate, type RequestOf } from '@org/ecs-pipelines-client';
import type { Io } from '../io.js';
import { chooseFields, columnsFor, fieldOf, itemTypeOf } from '../output/columns.js';
import { progressLine } from '../output/progress.js';
import { createRenderer, type PageView, type Renderer } from '../output/renderer.js';
import type { SecretRegistry } from '../scrub.js';
import { verboseHooks } from '../verbose.js';
import { cliVersion } from '../version.js';
import type { Resolved } from './catalog.js';
import type { EmbeddedEmulator } from './embedded-emulator.js';
import { type FlagContext, validationToUsage } from './flag-names.js';
import type { OutputFormat, RunOptions } from './options.js';
import { outcomeUnknown } from './outcome.js';
import type { ParamFlag } from './param-flags.js';
import type { Target } from './target.js';
import type { WaitPlan } from './wait-plan.js';

/** Everything run-command.ts has checked. */
export interface Run {
  resolved: Resolved;
  op: Operation<Action>;
  flags: readonly ParamFlag[];
  options: RunOptions;
  target: Target;
  request: Input<RequestOf<Action>>;
  context: FlagContext;
  /** With --wait: the waiter that follows the answer. */
  wait?: WaitPlan | undefined;
}

/** Fetches and prints; resolves with exit code 0 or throws for main to report. */
export async function fetchAndPrint(run: Run, io: Io, secrets: SecretRegistry): Promise<number> {
  const { options } = run;
  let emulator: EmbeddedEmulator | undefined;
  try {
    if (options.emulator) emulator = await (await import('./embedded-emulator.js')).startEmbeddedEmulator(options.emulatorFlags, run.resolved.name);
    const credentials = emulator?.credentials ?? run.target.credentials!;
    secrets.add(credentials.accessKeySecret);
    secrets.add(credentials.securityToken);
    const endpoint = emulator?.url ?? options.endpoint;
    const client = createClient({
      credentials,
      signatureVersion: options.signatureVersion,
      appId: `ecs-pipelines-cli/${cliVersion()}`,
      ...(endpoint !== undefined ? { endpoint } : {}),
      ...(options.method !== undefined ? { method: options.method } : {}),
      ...(options.maxAttempts !== undefined ? { retry: { maxAttempts: options.maxAttempts } } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.verbose ? verboseHooks(io.stderr) : {}),
    });
    await print(client, run, io);
    // A new user's first write against --emulator should not vanish silently with the process.
    if (options.emulator && !run.op.readOnly && !options.emulatorFlags.has('state')) {
      await io.stderr.write('note: the embedded emulator forgets this when the command ends; --emulator-state FILE keeps what you create between runs\n');
    }
    return 0;
  } catch (error) {
    throw validationToUsage(error, run.resolved.name, run.context)
      ?? outcomeUnknown(error, run.op, run.flags, run.request, options, run.resolved.name)
      ?? error;
  } finally {
    await emulator?.close();
  }
}

/** Table on a terminal, json otherwise, unless --output says. */
export function pickFormat(options: RunOptions, io: Io): OutputFormat {
  return options.output ?? (io.stdout.isTTY ? 'table' : 'json');
}

/** The width to fit tables to: $COLUMNS (as ls does), else the terminal's, else none. */
export function tableWidth(io: Io): number | undefined {
  const env = Number(io.env['COLUMNS']);
  if (Number.isInteger(env) && env > 0) return env;
  return io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined;
}

/** The item list of an answer at `[wrapper, list]`, or undefined when the action does not page. */
function itemsOf(body: object, path: readonly [string, string] | undefined): unknown[] | undefined {
  if (!path) return undefined;
  const list = fieldOf(fieldOf(body, path[0]), path[1]);
  return Array.isArray(list) ? list : [];
}

/** A page as the renderers read it, its items cut to `room`. */
function view(body: object, run: Run, room = Infinity): PageView {
  const total = fieldOf(body, 'TotalCount');
  const token = run.op.pagination && fieldOf(body, run.op.pagination.outputToken);
  return {
    body,
    items: itemsOf(body, run.op.pagination?.items)?.slice(0, room),
    totalCount: typeof total === 'number' ? total : undefined,
    nextToken: typeof token === 'string' && token !== '' ? token : undefined,
  };
}

function rendererFor(run: Run, io: Io): Renderer {
  const { op, resolved } = run;
  const paging = op.pagination;
  const itemSchema = paging && op.response.properties?.[paging.items[0]]?.properties?.[paging.items[1]]?.items;
  const fields = resolved.shortForm?.columns ?? (paging && itemSchema ? chooseFields(itemSchema, paging.items[1]) : []);
  const tokenFlag = run.flags.find((f) => f.param === paging?.inputToken);
  return createRenderer({
    format: pickFormat(run.options, io),
    mode: run.options.all ? 'all' : 'one',
    stdout: io.stdout,
    width: tableWidth(io),
    columns: columnsFor(fields, paging?.items[1] ?? ''),
    tokenFlag: tokenFlag && `--${tokenFlag.spec.name}`,
  });
}

type Client = ReturnType<typeof createClient>;

async function print(client: Client, run: Run, io: Io): Promise<void> {
  const renderer = rendererFor(run, io);
  const call = io.signal ? { signal: io.signal } : {};
  const paging = run.op.pagination;
  if (!run.options.all || !paging) {
    const answer = await client.send(run.op, run.request, call);
    const shown = run.wait && run.options.wait
      ? await (await import('./wait.js')).waitFor(client, run.wait, answer, run.options, run.request.RegionId, io)
      : answer;
    // An item waited for prints as an answer does: its fields (table) or the object (json).
    await renderer.page(view(typeof shown === 'object' && shown !== null ? shown : {}, run));
    await renderer.finish();
    return;
  }
  const progress = progressLine(io.stderr);
  const noun = `${(itemTypeOf(paging.items[1]).match(/[A-Z][a-z0-9]*/g) ?? ['item']).at(-1)!.toLowerCase()}s`;
  const limit = run.options.maxItems ?? Infinity;
  let items = 0;
  let pages = 0;
  try {
    // The request's page size is every page's size and its token the page to start from.
    for await (const page of paginate(client, run.op, run.request, call)) {
      const v = view(page, run, limit - items);
      pages++;
      items += v.items?.length ?? 0;
      // Streamed rows and the progress line may share one terminal: clear the line before printing rows.
      if (renderer.streams) await progress.clear();
      await renderer.page(v);
      await progress.update({ noun, pages, items, totalCount: v.totalCount });
      // Leaving the loop stops the paginator before it asks for another page.
      if (items >= limit) break;
    }
  } finally {
    await progress.clear();
  }
  await renderer.finish();
}
