// `ecs-pipelines describe`: flags → a checked request → the client (against the API or the embedded
// emulator) → table, json or ndjson on stdout; progress, --verbose and errors on stderr.
import { createClient, paginateDescribeImagePipelines, type ImagePipeline } from '@org/ecs-pipelines-client';
import { parseArgs } from '../args.js';
import { describeHelp } from '../help.js';
import type { Io } from '../io.js';
import { progressLine } from '../output/progress.js';
import { createRenderer, type PageLike } from '../output/renderer.js';
import type { SecretRegistry } from '../scrub.js';
import { verboseHooks } from '../verbose.js';
import { describeFlags } from './describe-flags.js';
import { validationToUsage, type FlagContext } from './flag-names.js';
import { describeOptions, type DescribeOptions, type OutputFormat } from './describe-options.js';
import { startEmbeddedEmulator, type EmbeddedEmulator } from './embedded-emulator.js';
import { resolveTarget } from './describe-target.js';
import { buildRequest, type DescribeRequest } from './request-check.js';

/** Runs `describe` with `argv` (the words after `describe`); returns the exit code or throws for main to report. */
export async function runDescribe(argv: readonly string[], io: Io, secrets: SecretRegistry): Promise<number> {
  const args = parseArgs(argv, describeFlags, 'describe');
  if (args.switches.has('help')) {
    await io.stdout.write(describeHelp());
    return 0;
  }
  // Everything the user typed is checked before a server starts or a request is sent.
  const options = describeOptions(args);
  const target = resolveTarget(options, io, secrets);
  const request = buildRequest(options.request, target.region);

  const context: FlagContext = { regionSource: target.region.source };
  if (target.credentialsSource) context.credentialsSource = target.credentialsSource;
  let emulator: EmbeddedEmulator | undefined;
  try {
    if (options.emulator) emulator = await startEmbeddedEmulator();
    const credentials = emulator?.credentials ?? target.credentials!;
    secrets.add(credentials.accessKeySecret);
    secrets.add(credentials.securityToken);
    const client = createClient({
      regionId: request.RegionId,
      credentials,
      signatureVersion: options.signatureVersion,
      ...(emulator ? { endpoint: emulator.url } : options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
      ...(options.maxAttempts !== undefined ? { retry: { maxAttempts: options.maxAttempts } } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.verbose ? verboseHooks(io.stderr) : {}),
    });
    await fetchAndPrint(client, request, options, io);
    return 0;
  } catch (error) {
    // The client checks the request against the spec before sending; report its findings under flag names.
    throw validationToUsage(error, context) ?? error;
  } finally {
    await emulator?.close();
  }
}

/** Table on a terminal, json otherwise, unless --output says. */
export function pickFormat(options: DescribeOptions, io: Io): OutputFormat {
  return options.output ?? (io.stdout.isTTY ? 'table' : 'json');
}

/** The width to fit tables to: $COLUMNS (as ls does), else the terminal's, else none. */
export function tableWidth(io: Io): number | undefined {
  const env = Number(io.env['COLUMNS']);
  if (Number.isInteger(env) && env > 0) return env;
  return io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : undefined;
}

type Client = ReturnType<typeof createClient>;

async function fetchAndPrint(client: Client, request: DescribeRequest, options: DescribeOptions, io: Io): Promise<void> {
  const renderer = createRenderer(pickFormat(options, io), options.all ? 'all' : 'one', io.stdout, tableWidth(io));
  const signal = io.signal;
  if (!options.all) {
    const page = (await client.describeImagePipelines(request, signal ? { signal } : {})) as PageLike;
    await renderer.page(page, page.ImagePipeline?.ImagePipelineSet ?? []);
    await renderer.finish();
    return;
  }
  const progress = progressLine(io.stderr);
  const limit = options.maxItems ?? Infinity;
  let items = 0;
  let pages = 0;
  try {
    // The request's MaxResults is every page's size and its NextToken the page to start from.
    const pager = paginateDescribeImagePipelines(client, request, signal ? { signal } : {});
    for await (const raw of pager) {
      const page = raw as PageLike;
      const pageItems: ImagePipeline[] = (page.ImagePipeline?.ImagePipelineSet ?? []).slice(0, limit - items);
      pages++;
      items += pageItems.length;
      // Stream output and the progress line may share one terminal: clear the line before printing rows.
      await progress.clear();
      await renderer.page(page, pageItems);
      await progress.update({ pages, items, totalCount: page.TotalCount });
      // Leaving the loop stops the paginator before it asks for another page.
      if (items >= limit) break;
    }
  } finally {
    await progress.clear();
  }
  await renderer.finish();
}
