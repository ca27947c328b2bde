// From wire parameters to a checked request of one action, the way the gateway and the service refuse bad
// ones. Driven by the action's rules only (required, x-acs-any-required, repeatList limits, types, ranges):
// no parameter, limit or error status of an action is named here. RegionId is the one parameter every ECS
// action has, and the region decides `InvalidRegionId.NotFound`.
import { checkRequest, fromWireParams, type OperationSpec, type SchemaNode, type WireParams } from '@org/ecs-pipelines-core';
import { documentedCode, invalidParameter, missingParameter, regionNotFound, type ServiceError } from './errors.js';

/** A request that passed every check of its action, with the region it names. */
export type ReadResult = { ok: true; input: Record<string, unknown>; region: string } | { ok: false; error: ServiceError };

const REGION = 'RegionId';
const LIST_INDEX = /^([^.]+)\.(\d+)(\.|$)/;

const NESTED_STYLES = new Set(['repeatList', 'flat']);

/**
 * Keeps the parameters of the action (`RegionId`, `Tag.N.*`, `ImageOptions.ImageTags.N.Key`, …). The
 * gateway's common parameters (`Action`, `Signature`, …) and names the action does not have (`OwnerId`, …) are
 * ignored, as the service ignores them.
 */
export function apiParams(op: OperationSpec, params: WireParams): WireParams {
  const props = op.request.properties ?? {};
  const nested = Object.keys(props).filter((k) => NESTED_STYLES.has(props[k]!['x-acs-style'] ?? '')).map((k) => `${k}.`);
  return params.filter(([k]) => Object.hasOwn(props, k) || nested.some((prefix) => k.startsWith(prefix)));
}

/** Decodes and checks the action's parameters; `serves` says whether a region is served. */
export function readParams(op: OperationSpec, params: WireParams, serves: (region: string) => boolean): ReadResult {
  const wire = apiParams(op, params);
  const props = op.request.properties ?? {};
  const decoded = fromWireParams(op, wire);
  // An empty value is a field the caller left blank (the SDKs send them so): it filters nothing, and a
  // required one is missing.
  const input = Object.fromEntries(Object.entries(decoded).filter(([, v]) => v !== ''));
  const fail = (error: ServiceError): ReadResult => ({ ok: false, error });

  for (const name of op.request.required ?? []) {
    if (input[name] === undefined) return fail(missingParameter(name, documentedCode(op, [`MissingParameter.${name}`], 'MissingParameter')));
  }
  const region = input[REGION];
  if (typeof region !== 'string') return fail(invalidParameter(REGION, `Give ${REGION} once.`));
  const issues = checkRequest(op, input);
  // A malformed region ID is just a region that does not exist, as the service answers it.
  if (issues.some((i) => i.parameter === REGION) || !serves(region)) return fail(regionNotFound());

  const anyOf = op.request['x-acs-any-required'];
  if (anyOf && !anyOf.some((k) => input[k] !== undefined)) {
    const first = anyOf[0]!;
    return fail(missingParameter(first, documentedCode(op, [`MissingParameter.${first}`], 'MissingParameter')));
  }
  const issue = issues[0];
  if (issue) {
    const top = issue.parameter.split('.')[0]!;
    return fail(invalidParameter(issue.parameter, `${issue.problem}; allowed: ${issue.allowed}.`, invalidCode(op, issue.parameter, props[top], input[top])));
  }
  // `Tag.N` / `ImagePipelineId.N`: N runs from 1 to the list's maxItems, whatever the number of items sent.
  for (const [name] of wire) {
    const m = LIST_INDEX.exec(name);
    const max = m ? props[m[1]!]?.maxItems : undefined;
    if (m && max !== undefined && Number(m[2]) > max) {
      return fail(invalidParameter(name.slice(0, 64), `N runs from 1 to ${max}.`, invalidCode(op, m[1]!, props[m[1]!], Array(max + 1))));
    }
  }
  return { ok: true, input, region };
}

// The action's own code for a bad `parameter` (wire spelling; `schema` and `value` are its top-level
// parameter's) where it documents one, in the spellings the ECS family uses: `InvalidBuildContent.LengthExceeded`,
// `InvalidParameter.Owner`, `InvalidSystemType.NotSupportedValue`, `InvalidImageComponentIdSize.ExceededMaxNumber`,
// `InvalidName.Malformed`, `InvalidTagKey.Malformed` (Tag.N.Key), `InvalidImageOptions.Description`,
// `InvalidImageName.Malformed` (ImageOptions.ImageName); `InvalidParameter` otherwise. Only the action's own
// list decides, so an action that documents none of them keeps answering `InvalidParameter`.
function invalidCode(op: OperationSpec, parameter: string, schema: SchemaNode | undefined, value: unknown): string {
  const names = parameter.split('.').filter((part) => !/^\d+$/.test(part));
  const top = names[0]!;
  const candidates: string[] = [];
  if (names.length === 1 && schema?.maxLength !== undefined && typeof value === 'string' && [...value].length > schema.maxLength) candidates.push(`Invalid${top}.LengthExceeded`);
  candidates.push(`InvalidParameter.${top}`);
  if (schema?.enum || schema?.minimum !== undefined || schema?.maximum !== undefined) candidates.push(`Invalid${top}.NotSupportedValue`);
  if (schema?.maxItems !== undefined && Array.isArray(value) && value.length > schema.maxItems) candidates.push(`Invalid${top}Size.ExceededMaxNumber`);
  const leaf = names[names.length - 1]!;
  if (names.length > 1) candidates.push(`Invalid${top}.${leaf}`, `Invalid${top}${leaf}.Malformed`, `Invalid${leaf}.Malformed`);
  else candidates.push(`Invalid${top}.Malformed`);
  return documentedCode(op, candidates, 'InvalidParameter');
}
