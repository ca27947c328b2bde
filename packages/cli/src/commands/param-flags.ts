// Each request parameter of a subcommand as a flag, for any action: the generated flag name, typed by core's
// rule for that parameter (integers, lists, booleans as --x/--no-x, enums), RegionId left to the common
// --region (it can also come from the environment or a profile); the page-size and token parameters of a
// paged action also answer to the AWS CLI's `--page-size` and `--starting-token`. A parameter the spec
// flattens as a struct (`x-acs-style: flat`, `ImageOptions.ImageName`) becomes one flag per field, spelt like
// its wire name (`--image-options.image-name`), so nested input is typed and checked like any other; long
// text parameters also get a `--<flag>-file FILE` companion.
import { type Action, allowed, operations, type OperationSpec, type SchemaNode } from '@org/ecs-pipelines-core';
import type { FlagSpec } from '../args.js';
import type { Resolved } from './catalog.js';
import { outputFlags, pagingFlags, requestFlags, transportFlags } from './common-flags.js';
import { placeholder } from './param-values.js';

/** The request parameter the common `--region` flag sets (the client fills it from its `regionId` too). */
export const REGION_PARAM = 'RegionId';

/** Text longer than this (`BuildContent`, `Content`: up to 16 KB) is usually kept in a file: it gets `--<flag>-file`. */
export const LONG_TEXT = 1024;

/** One request parameter (or one field of a flat struct parameter) as a flag. */
export interface ParamFlag {
  readonly spec: FlagSpec;
  /** The top-level wire parameter: `ImagePipelineId`, `Tag`, `ImageOptions`. */
  readonly param: string;
  /** The wire path the flag sets: `['ImageOptions', 'ImageTags']`; `[param]` for a top-level parameter. */
  readonly path: readonly string[];
  /** The rule of the value at `path`. */
  readonly schema: SchemaNode;
  readonly required: boolean;
  /** The spec's description of the parameter, or of the struct's field. */
  readonly description: string;
  /** Other flag names (without dashes) that set this parameter: short forms, `page-size`, `starting-token`. */
  readonly aliases: readonly string[];
  /** For long text: the companion flag (without dashes) that reads the value from a file. */
  readonly fileFlag?: string;
}

/** `ImageOptions.ImageTags`: the wire name of what a flag sets (`.N` marks a list in help and docs). */
export const wireName = (f: ParamFlag): string => f.path.join('.');

/** Whether a flag sets a field of a flat struct rather than a whole parameter. */
export const isField = (f: ParamFlag): boolean => f.path.length > 1;

const isAction = (name: string): name is Action => Object.hasOwn(operations, name);

/** The rules of the action behind a generated command (the generated table and core come from one spec). */
export function operationOf(action: string): (typeof operations)[Action] {
  if (!isAction(action)) throw new Error(`${action} is in the generated commands but not in core's operations: run node scripts/generate.mjs`);
  return operations[action];
}

/** kebab-case, by the generator's rule (scripts/generate.mjs), for the fields it does not name: `OSType` → `os-type`. */
export const kebab = (s: string): string => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();

/** Names the common flags take: a parameter whose flag would collide gets the prefix `param-` (`--param-output`). */
const RESERVED = new Set([...pagingFlags, ...transportFlags, ...outputFlags, ...requestFlags].map((f) => f.name));

/** The AWS CLI's names for the paging parameters of `op`, by wire name. */
function pagingAliases(op: OperationSpec): Record<string, string> {
  return op.pagination ? { [op.pagination.pageSize]: 'page-size', [op.pagination.inputToken]: 'starting-token' } : {};
}

const isStruct = (s: SchemaNode) => s.type === 'object' && s['x-acs-style'] === 'flat';

interface Leaf {
  path: string[];
  name: string;
  schema: SchemaNode;
  required: boolean;
}

/** The fields of a flat struct, depth first: nested objects open up (`ImageFeatures.NvmeSupport`), lists stay whole. */
function leaves(schema: SchemaNode, path: string[], name: string, required: boolean): Leaf[] {
  const props = schema.properties ?? {};
  return Object.entries(props).flatMap(([field, rule]) => {
    const at = { path: [...path, field], name: `${name}.${kebab(field)}`, required: required && (schema.required?.includes(field) ?? false) };
    return rule.type === 'object' ? leaves(rule, at.path, at.name, at.required) : [{ ...at, schema: rule }];
  });
}

function flagSpec(name: string, leaf: Leaf): FlagSpec {
  const help = leaf.path.join('.');
  return leaf.schema.type === 'boolean'
    ? { name, kind: 'boolean', help }
    : { name, kind: 'string', repeatable: leaf.schema.type === 'array', value: placeholder(leaf.path.at(-1)!, leaf.schema), help };
}

/** The request flags of `resolved`, in spec order (RegionId excluded: see {@link REGION_PARAM}). */
export function paramFlags(resolved: Resolved): ParamFlag[] {
  const op: OperationSpec = operationOf(resolved.command.action);
  const paging = pagingAliases(op);
  const shortAliases = Object.entries(resolved.shortForm?.flagAliases ?? {});
  const params = resolved.command.flags.filter((f) => f.param !== REGION_PARAM);
  const taken = new Set([...RESERVED, ...params.map((f) => f.flag.replace(/^--/, ''))]);
  return params.flatMap((f) => {
    const schema = op.request.properties?.[f.param] ?? {};
    const kebabName = f.flag.replace(/^--/, '');
    const name = RESERVED.has(kebabName) ? `param-${kebabName}` : kebabName;
    const top: Leaf = { path: [f.param], name, schema, required: f.required };
    return (isStruct(schema) ? leaves(schema, top.path, name, f.required) : [top]).map((leaf): ParamFlag => {
      // An alias never shadows a flag of its own (an action with a `PageSize` parameter keeps `--page-size`).
      const aliases = leaf === top
        ? [...shortAliases.filter(([, to]) => to === f.flag).map(([from]) => from), ...(paging[f.param] ? [paging[f.param]!] : [])].filter((a) => !taken.has(a))
        : [];
      const long = leaf.schema.type === 'string' && (leaf.schema.maxLength ?? 0) > LONG_TEXT;
      return {
        spec: flagSpec(leaf.name, leaf),
        param: f.param,
        path: leaf.path,
        schema: leaf.schema,
        required: leaf.required,
        description: leaf === top ? f.description : (f.fields?.[leaf.path.join('.')] ?? ''),
        aliases,
        ...(long ? { fileFlag: `${leaf.name}-file` } : {}),
      };
    });
  });
}

/** The parser's specs for every request flag: each flag, its `--no-` form for booleans, its aliases, its `-file` form. */
export function paramFlagSpecs(flags: readonly ParamFlag[]): FlagSpec[] {
  return flags.flatMap((f) => [
    f.spec,
    ...(f.spec.kind === 'boolean' ? [{ ...f.spec, name: `no-${f.spec.name}`, help: `${wireName(f)}=false` }] : []),
    ...f.aliases.map((a) => ({ ...f.spec, name: a, help: `the same as --${f.spec.name}` })),
    ...(f.fileFlag ? [{ name: f.fileFlag, kind: 'string' as const, value: 'FILE', help: `${wireName(f)} from the text of FILE` }] : []),
  ]);
}

/** `ImageOptions.ImageTags.N, repeatable`: how help and docs name what a flag sets. */
export function wireLabel(f: ParamFlag): string {
  return f.schema.type === 'array' ? `${wireName(f)}.N, repeatable` : wireName(f);
}

/** The help lines of one request flag: the flag, its wire name, the spec's description, what is allowed. */
export function paramHelp(f: ParamFlag, previous?: ParamFlag): string[] {
  const head = `  --${f.spec.name}${f.spec.value ? ` ${f.spec.value}` : ''}${f.spec.kind === 'boolean' ? ` | --no-${f.spec.name}` : ''}`;
  const aka = [...f.aliases.map((a) => `--${a}`), ...(f.fileFlag ? [`--${f.fileFlag} FILE`] : [])];
  const line = `${head}   (${wireLabel(f)}${f.required ? ', required' : ''}${aka.length ? `, also ${aka.join(', ')}` : ''})`;
  const allowedLine = `      Allowed: ${allowed(f.schema)}`;
  if (!isField(f)) return [line, ...f.description.split('\n').map((l) => `      ${l}`), allowedLine];
  // A struct's name once, above its first field; each field with its own description.
  const heading = previous?.param === f.param ? [] : [`  ${f.param} (a struct, one flag per field; in --file: "${f.param}": { … }):`];
  return [...heading, line, ...(f.description ? f.description.split('\n').map((l) => `      ${l}`) : []), allowedLine];
}

/**
 * The flag a subcommand's one argument sets: an action whose only required parameter (besides RegionId) is an
 * ID takes it as an argument too (`delete-image-pipeline ip-…`, `start ip-…`, `cancel exec-…`).
 */
export function positionalFlag(flags: readonly ParamFlag[]): ParamFlag | undefined {
  const required = flags.filter((f) => f.required && !isField(f));
  const only = required.length === 1 ? required[0]! : undefined;
  return only && /Id$/.test(only.param) && only.schema.type === 'string' ? only : undefined;
}
