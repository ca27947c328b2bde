// What the spec-derived checks need to build requests of any action from its rules alone: a request that
// the action accepts (filling an `x-acs-any-required` parameter from another action's listing), sample values
// for lists, the item list's schema and the field that identifies an item.
import { operations, type Action, type OperationSpec, type SchemaNode } from '@org/ecs-pipelines-core';
import { CheckSkipped, expectPage, type Item } from './assert.js';
import { call, type CallInput } from './call.js';
import type { CheckContext } from './check.js';

/** The schema of one item of a paged action's list, when it has one. */
export function itemSchema(op: OperationSpec): SchemaNode | undefined {
  const paging = op.pagination;
  return paging ? op.response.properties?.[paging.items[0]]?.properties?.[paging.items[1]]?.items : undefined;
}

/** The field that identifies an item: the first `…Id` field of the item schema (`ImagePipelineId`, `ExecutionId`). */
export function idField(op: OperationSpec): string | undefined {
  return Object.keys(itemSchema(op)?.properties ?? {}).find((k) => k.endsWith('Id'));
}

/** A value the schema accepts, different for each `i` where it can be (list items must differ). */
export function sampleValue(schema: SchemaNode, i: number): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'object') return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, p]) => [k, sampleValue(p, i)]));
  if (schema.type === 'integer' || schema.type === 'number') return schema.minimum ?? 1;
  if (schema.type === 'boolean') return true;
  return `x${i}`.padEnd(schema.minLength ?? 0, '0');
}

/**
 * A request of `action` the server accepts in the target's region. An action that needs one of several
 * parameters (`x-acs-any-required`) gets it from the listing of another action whose items carry that field
 * (DescribeImagePipelineExecutions takes an `ImagePipelineId` from DescribeImagePipelines); the check is
 * skipped when that listing is empty.
 */
export async function baseInput(ctx: CheckContext, action: Action): Promise<CallInput> {
  const anyOf = spec(action).request['x-acs-any-required'];
  if (!anyOf) return {};
  for (const field of anyOf) {
    const source = (Object.keys(operations) as Action[]).find(
      (a) => a !== action && !spec(a).request['x-acs-any-required'] && Object.hasOwn(itemSchema(spec(a))?.properties ?? {}, field),
    );
    if (!source) continue;
    const items = ctx.listings[source] ?? (await firstPage(ctx, source));
    const value = items.find((i) => typeof i[field] === 'string' && i[field] !== '')?.[field];
    if (value !== undefined) return { [field]: value };
  }
  throw new CheckSkipped(`${action} needs one of ${anyOf.join(', ')}, and no listing of ${ctx.target.regionId} has one`);
}

const spec = (action: Action): OperationSpec => operations[action];

async function firstPage(ctx: CheckContext, action: Action): Promise<Item[]> {
  return expectPage(await call(ctx.target, {}, { action }), `${action} first page`, action).items;
}

/**
 * A request of a write action with every required parameter but `RegionId` (the target's) set to a sample
 * value its rules accept: `BaseImageType=IMAGE`, `ImagePipelineId=x0`. The spec-derived checks then break one
 * rule at a time, so the refusal they expect is for that rule alone.
 */
export function requiredInput(op: OperationSpec): CallInput {
  const props = op.request.properties ?? {};
  return Object.fromEntries((op.request.required ?? []).filter((k) => k !== 'RegionId' && props[k]).map((k) => [k, sampleValue(props[k]!, 0)]));
}
