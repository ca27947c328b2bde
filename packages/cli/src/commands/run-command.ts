// Any subcommand: flags (request flags from the spec, plus the common ones) and files → options → credentials
// and region → the request, checked by core against the action's rules → a confirmation for what cannot be
// undone, all before the client (and with --emulator, the emulator) is even loaded; fetch.ts does the
// fetching (and waiting) and printing.
import { type Action, type RequestOf, validateRequest } from '@org/ecs-pipelines-core';
import type { Input } from '@org/ecs-pipelines-client';
import { type ParsedArgs, parseArgs } from '../args.js';
import type { Io } from '../io.js';
import type { SecretRegistry } from '../scrub.js';
import { UsageError } from '../usage-error.js';
import type { Resolved } from './catalog.js';
import { commandHelp } from './command-help.js';
import { confirmFlags, outputFlags, pagingFlags, requestFlags, transportFlags, waitFlags } from './common-flags.js';
import { asksFirst, confirm } from './confirm.js';
import { validationToUsage } from './flag-names.js';
import { readInputs } from './inputs.js';
import { runOptions } from './options.js';
import { operationOf, type ParamFlag, paramFlags, paramFlagSpecs, positionalFlag } from './param-flags.js';
import { buildRequest, type RegionChoice } from './request.js';
import { resolveTarget } from './target.js';
import { waitPlan } from './wait-plan.js';

/** `args` with its first positional moved to `flag` (`start ip-1` → `--image-pipeline-id ip-1`). */
function takePositional(args: ParsedArgs, flag: ParamFlag | undefined, command: string): ParsedArgs {
  const [first, ...rest] = args.positionals;
  if (!flag || first === undefined) return args;
  if ([flag.spec.name, ...flag.aliases].some((n) => args.values.has(n))) {
    throw new UsageError([{ parameter: `--${flag.spec.name}`, problem: `given as well as the argument "${first}"`, allowed: 'one of them' }], command);
  }
  return { ...args, values: new Map([...args.values, [flag.spec.name, [first]]]), positionals: rest };
}

/** Runs subcommand `resolved` with `argv` (the words after its name); returns the exit code or throws for main to report. */
export async function runCommand(resolved: Resolved, argv: readonly string[], io: Io, secrets: SecretRegistry): Promise<number> {
  const { name } = resolved;
  const op = operationOf(resolved.command.action);
  const flags = paramFlags(resolved);
  const plan = waitPlan(op);
  const asks = asksFirst(resolved);
  const specs = [
    ...paramFlagSpecs(flags),
    ...requestFlags,
    ...(op.pagination ? pagingFlags : []),
    ...(plan ? waitFlags : []),
    ...(asks ? confirmFlags : []),
    ...transportFlags,
    ...outputFlags,
  ];
  const positional = positionalFlag(flags);
  const args = takePositional(parseArgs(argv, specs, name), positional, name);
  if (args.switches.has('help')) {
    await io.stdout.write(commandHelp(resolved, flags, { positional, wait: plan !== undefined, asks }));
    return 0;
  }
  const options = runOptions(args, name);
  const inputs = await readInputs(op, flags, args, name);
  const target = resolveTarget(options, io, secrets, name);
  // --region first, then the file's RegionId, then the environment, the profile or the emulator's default.
  const fileRegion: RegionChoice | undefined = options.region === undefined && inputs.request && Object.hasOwn(inputs.request.body, 'RegionId')
    ? { value: inputs.request.body['RegionId'], source: `--file ${inputs.request.name}` }
    : undefined;
  const built = buildRequest(flags, args, fileRegion ?? target.region, name, inputs);
  const context = { params: built.sources, ...(target.credentialsSource ? { credentialsSource: target.credentialsSource } : {}) };
  let request: Input<RequestOf<Action>>;
  try {
    request = validateRequest<typeof op, Input<RequestOf<Action>>>(op, built.request);
  } catch (error) {
    throw validationToUsage(error, name, context) ?? error;
  }
  if (asks) await confirm(resolved, flags, built.request, options.yes, io);
  // The client, the emulator and their dependencies load only once the command line is known to be good.
  const { fetchAndPrint } = await import('./fetch.js');
  return fetchAndPrint({ resolved, op, flags, options, target, request, context, wait: plan }, io, secrets);
}
