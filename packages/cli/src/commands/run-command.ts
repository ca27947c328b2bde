// `ecs-pipelines describe`: flags → options → credentials and region → the request, all checked before the
// client (and with --emulator, the emulator) is even loaded; describe-run.ts does the fetching and printing.
import { parseArgs } from '../args.js';
import { describeHelp } from '../help.js';
import type { Io } from '../io.js';
import type { SecretRegistry } from '../scrub.js';
import { describeFlags } from './describe-flags.js';
import { describeOptions } from './describe-options.js';
import { resolveTarget } from './describe-target.js';
import { buildRequest } from './request.js';

/** Runs `describe` with `argv` (the words after `describe`); returns the exit code or throws for main to report. */
export async function runDescribe(argv: readonly string[], io: Io, secrets: SecretRegistry): Promise<number> {
  const args = parseArgs(argv, describeFlags, 'describe');
  if (args.switches.has('help')) {
    await io.stdout.write(describeHelp());
    return 0;
  }
  const options = describeOptions(args);
  const target = resolveTarget(options, io, secrets);
  const request = buildRequest(options.request, target.region);
  // The client, the emulator and their dependencies load only once the command line is known to be good.
  const { fetchPipelines } = await import('./describe-run.js');
  return fetchPipelines(options, target, request, io, secrets);
}
