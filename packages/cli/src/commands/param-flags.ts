// The request flags of a subcommand, derived from its generated flag list (names, descriptions) and the
// action's rules in core (types, repeat lists, enums, ranges): nothing per action is written here. `RegionId`
// is the common `--region` (it may also come from the environment or a profile); the page-size and token
// parameters of a paged action also answer to the AWS CLI's `--page-size` and `--starting-token`.
import { type Action, allowed, operations, type OperationSpec, type SchemaNode } from '@org/ecs-pipelines-core';
import type { FlagSpec } from '../args.js';
import type { Resolved } from './catalog.js';
import { outputFlags, pagingFlags, transportFlags } from './common-flags.js';
import { placeholder } from './param-values.js';

/** The request parameter the common `--region` flag sets (the client fills it from its `regionId` too). */
export const REGION_PARAM = 'RegionId';

/** One request parameter as a flag. */
export interface ParamFlag {
  readonly spec: FlagSpec;
  /** The wire name: `ImagePipelineId`, `Tag`, `MaxResults`. */
  readonly param: string;
  readonly schema: SchemaNode;
  readonly required: boolean;
  readonly description: string;
  /** Other flag names (without dashes) that set this parameter: short forms, `page-size`, `starting-token`. */
  readonly aliases: readonly string[];
}

const isAction = (name: string): name is Action => Object.hasOwn(operations, name);

/** The rules of the action behind a generated command (the generated table and core come from one spec). */
export function operationOf(action: string): (typeof operations)[Action] {
  if (!isAction(action)) throw new Error(`${action} is in the generated commands but not in core's operations: run node scripts/generate.mjs`);
  return operations[action];
}

/** Names the common flags take: a parameter whose flag would collide gets the prefix `param-` (`--param-output`). */
const RESERVED = new Set([...pagingFlags, ...transportFlags, ...outputFlags].map((f) => f.name));

/** The AWS CLI's names for the paging parameters of `op`, by wire name. */
function pagingAliases(op: OperationSpec): Record<string, string> {
  return op.pagination ? { [op.pagination.pageSize]: 'page-size', [op.pagination.inputToken]: 'starting-token' } : {};
}

/** The request flags of `resolved`, in spec order (RegionId excluded: see {@link REGION_PARAM}). */
export function paramFlags(resolved: Resolved): ParamFlag[] {
  const op: OperationSpec = operationOf(resolved.command.action);
  const paging = pagingAliases(op);
  const shortAliases = Object.entries(resolved.shortForm?.flagAliases ?? {});
  const params = resolved.command.flags.filter((f) => f.param !== REGION_PARAM);
  const taken = new Set([...RESERVED, ...params.map((f) => f.flag.replace(/^--/, ''))]);
  return params.map((f) => {
    const schema = op.request.properties?.[f.param] ?? {};
    const kebab = f.flag.replace(/^--/, '');
    const name = RESERVED.has(kebab) ? `param-${kebab}` : kebab;
    const spec: FlagSpec = schema.type === 'boolean'
      ? { name, kind: 'boolean', help: f.param }
      : { name, kind: 'string', repeatable: schema.type === 'array', value: placeholder(f.param, schema), help: f.param };
    // An alias never shadows a flag of its own (an action with a `PageSize` parameter keeps `--page-size`).
    const aliases = [...shortAliases.filter(([, to]) => to === f.flag).map(([from]) => from), ...(paging[f.param] ? [paging[f.param]!] : [])]
      .filter((a) => !taken.has(a));
    return { spec, param: f.param, schema, required: f.required, description: f.description, aliases };
  });
}

/** The parser's specs for every request flag: each flag, its `--no-` form for booleans, its aliases. */
export function paramFlagSpecs(flags: readonly ParamFlag[]): FlagSpec[] {
  return flags.flatMap((f) => [
    f.spec,
    ...(f.spec.kind === 'boolean' ? [{ ...f.spec, name: `no-${f.spec.name}`, help: `${f.param}=false` }] : []),
    ...f.aliases.map((a) => ({ ...f.spec, name: a, help: `the same as --${f.spec.name}` })),
  ]);
}

/** The help lines of one request flag: the flag, its wire name, the spec's description, what is allowed. */
export function paramHelp(f: ParamFlag): string[] {
  const list = f.schema['x-acs-style'] === 'repeatList' ? `${f.param}.N, repeatable` : f.param;
  const head = `  --${f.spec.name}${f.spec.value ? ` ${f.spec.value}` : ''}${f.spec.kind === 'boolean' ? ` | --no-${f.spec.name}` : ''}`;
  const aka = f.aliases.length > 0 ? `, also ${f.aliases.map((a) => `--${a}`).join(', ')}` : '';
  return [
    `${head}   (${list}${f.required ? ', required' : ''}${aka})`,
    ...f.description.split('\n').map((l) => `      ${l}`),
    `      Allowed: ${allowed(f.schema)}`,
  ];
}
