// The fetching half of `describe`: a client (against the API or the embedded emulator), one page or every
// page, output per format, progress on stderr. The client validates the request against the spec before
// sending; its findings are reported under flag names.
import { createClient, paginateDescribeImagePipelines, type ImagePipeline } from '@org/ecs-pipelines-client';
import type { Io } from '../io.js';
import { progressLine } from '../output/progress.js';
import { createRenderer, type PageLike } from '../output/renderer.js';
import type { SecretRegistry } from '../scrub.js';
import { verboseHooks } from '../verbose.js';
import { cliVersion } from '../version.js';
import type { DescribeOptions, OutputFormat } from './describe-options.js';
import type { Target } from './describe-target.js';
import type { EmbeddedEmulator } from './embedded-emulator.js';
import { validationToUsage, type FlagContext } from './flag-names.js';
import type { DescribeRequest } from './request.js';

/** Fetches and prints; resolves with exit code 0 or throws for main to report. */
export async function fetchPipelines(options: DescribeOptions, target: Target, request: DescribeRequest, io: Io, secrets: SecretRegistry): Promise<number> {
  const context: FlagContext = { regionSource: target.region.source };
  if (target.credentialsSource) context.credentialsSource = target.credentialsSource;
  let emulator: EmbeddedEmulator | undefined;
  try {
    if (options.emulator) emulator = await (await import('./embedded-emulator.js')).startEmbeddedEmulator();
    const credentials = emulator?.credentials ?? target.credentials!;
    secrets.add(credentials.accessKeySecret);
    secrets.add(credentials.securityToken);
    const client = createClient({
      regionId: request.RegionId,
      credentials,
      signatureVersion: options.signatureVersion,
      appId: `ecs-pipelines-cli/${cliVersion()}`,
      ...(emulator ? { endpoint: emulator.url } : options.endpoint !== undefined ? { endpoint: options.endpoint } : {}),
      ...(options.maxAttempts !== undefined ? { retry: { maxAttempts: options.maxAttempts } } : {}),
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
      ...(options.verbose ? verboseHooks(io.stderr) : {}),
    });
    await fetchAndPrint(client, request, options, io);
    return 0;
  } catch (error) {
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
    for await (const raw of paginateDescribeImagePipelines(client, request, signal ? { signal } : {})) {
      const page = raw as PageLike;
      const pageItems: ImagePipeline[] = (page.ImagePipeline?.ImagePipelineSet ?? []).slice(0, limit - items);
      pages++;
      items += pageItems.length;
      // Streamed rows and the progress line may share one terminal: clear the line before printing rows.
      if (renderer.streams) await progress.clear();
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
