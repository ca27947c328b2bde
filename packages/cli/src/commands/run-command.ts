// Any subcommand: flags (request flags from the spec, plus the common ones) → options → credentials and
// region → the request, checked by core against the action's rules, all before the client (and with
// --emulator, the emulator) is even loaded; fetch.ts does the fetching and printing.
import { type Action, type RequestOf, validateRequest } from '@org/ecs-pipelines-core';
import type { Input } from '@org/ecs-pipelines-client';
import { parseArgs } from '../args.js';
import type { Io } from '../io.js';
import type { SecretRegistry } from '../scrub.js';
import type { Resolved } from './catalog.js';
import { commandHelp } from './command-help.js';
import { outputFlags, pagingFlags, transportFlags } from './common-flags.js';
import { validationToUsage } from './flag-names.js';
import { runOptions } from './options.js';
import { operationOf, paramFlags, paramFlagSpecs } from './param-flags.js';
import { buildRequest } from './request.js';
import { resolveTarget } from './target.js';

/** Runs subcommand `resolved` with `argv` (the words after its name); returns the exit code or throws for main to report. */
export async function runCommand(resolved: Resolved, argv: readonly string[], io: Io, secrets: SecretRegistry): Promise<number> {
  const { name } = resolved;
  const op = operationOf(resolved.command.action);
  const flags = paramFlags(resolved);
  const args = parseArgs(argv, [...paramFlagSpecs(flags), ...(op.pagination ? pagingFlags : []), ...transportFlags, ...outputFlags], name);
  if (args.switches.has('help')) {
    await io.stdout.write(commandHelp(resolved, flags));
    return 0;
  }
  const options = runOptions(args, name);
  const target = resolveTarget(options, io, secrets, name);
  const built = buildRequest(flags, args, target.region, name);
  const context = { params: built.sources, ...(target.credentialsSource ? { credentialsSource: target.credentialsSource } : {}) };
  let request: Input<RequestOf<Action>>;
  try {
    request = validateRequest<typeof op, Input<RequestOf<Action>>>(op, built.request);
  } catch (error) {
    throw validationToUsage(error, name, context) ?? error;
  }
  // The client, the emulator and their dependencies load only once the command line is known to be good.
  const { fetchAndPrint } = await import('./fetch.js');
  return fetchAndPrint({ resolved, op, flags, options, target, request, context }, io, secrets);
}
