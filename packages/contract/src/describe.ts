// DescribeImagePipelines itself: API parameters in, one page (or a service error) out. Pure.
import { checkRequest, fromWireParams, operation, type ImagePipeline, type WireParams } from '@org/ecs-pipelines-core';
import type { PipelineData } from './data.js';
import { invalidNextToken, invalidParameter, missingParameter, regionNotFound, type ServiceError } from './errors.js';
import { filterFingerprint, filterPipelines, type PipelineFilter } from './filter.js';
import { NextTokenError, paginate } from './paging.js';

/** The success body of one page. */
export interface DescribeBody {
  RequestId: string;
  TotalCount: number;
  NextToken?: string;
  MaxResults: number;
  ImagePipeline: { ImagePipelineSet: ImagePipeline[] };
}

const NAMES = operation.parameters.map((p) => p.name as string);
const REPEAT = operation.parameters.filter((p) => p.style === 'repeatList').map((p) => `${p.name}.`);
// `Tag.N` / `ImagePipelineId.N`: N runs from 1 to the list's maxItems (the API page's "N from 1 to 20").
const LIST_LIMITS = new Map(
  operation.parameters.filter((p) => p.style === 'repeatList').map((p) => [p.name as string, (p.schema as { maxItems?: number }).maxItems ?? Infinity]),
);
const DEFAULT_MAX = (operation.parameters.find((p) => p.name === 'MaxResults')?.schema as { default?: number } | undefined)?.default ?? 50;

/**
 * Keeps the parameters of this API (`RegionId`, `Tag.N.*`, …). The gateway's common parameters (`Action`,
 * `Signature`, …) and names the API does not have are ignored, as the service ignores them.
 */
export function apiParams(params: WireParams): WireParams {
  return params.filter(([k]) => NAMES.includes(k) || REPEAT.some((prefix) => k.startsWith(prefix)));
}

/** Answers one query against `data`, or says which service error it gets. */
export function describeImagePipelines(
  params: WireParams,
  ctx: { requestId: string; data: PipelineData; salt: string },
): { ok: true; body: DescribeBody } | { ok: false; error: ServiceError } {
  const wire = apiParams(params);
  const input = fromWireParams(wire) as Record<string, unknown>;
  if (input.RegionId === undefined || input.RegionId === '') return { ok: false, error: missingParameter('RegionId') };
  const issues = checkRequest(input);
  const region = input.RegionId;
  if (typeof region !== 'string') return { ok: false, error: invalidParameter('RegionId', 'Give RegionId once.') };
  // A malformed region ID is just a region that does not exist, as the service answers it.
  if (issues.some((i) => i.parameter === 'RegionId') || !Object.hasOwn(ctx.data, region)) return { ok: false, error: regionNotFound() };
  const issue = issues[0];
  if (issue) return { ok: false, error: invalidParameter(issue.parameter, `${issue.problem}; allowed: ${issue.allowed}.`) };
  const overIndex = wire.find(([k]) => {
    const m = /^([^.]+)\.(\d+)(\.|$)/.exec(k);
    return m !== null && Number(m[2]) > (LIST_LIMITS.get(m[1]!) ?? Infinity);
  });
  if (overIndex) return { ok: false, error: invalidParameter(overIndex[0].slice(0, 64), `N runs from 1 to ${LIST_LIMITS.get(overIndex[0].split('.')[0]!)}.`) };

  const filter = input as PipelineFilter;
  const maxResults = typeof input.MaxResults === 'number' ? input.MaxResults : DEFAULT_MAX;
  const token = typeof input.NextToken === 'string' && input.NextToken !== '' ? input.NextToken : undefined;
  const matches = filterPipelines(ctx.data[region]!, filter);
  try {
    const page = paginate(matches, { token, maxResults, fingerprint: filterFingerprint(region, filter), salt: ctx.salt });
    const body: DescribeBody = {
      RequestId: ctx.requestId,
      TotalCount: page.totalCount,
      ...(page.nextToken ? { NextToken: page.nextToken } : {}),
      MaxResults: page.maxResults,
      ImagePipeline: { ImagePipelineSet: page.items },
    };
    return { ok: true, body };
  } catch (e) {
    if (e instanceof NextTokenError) return { ok: false, error: invalidNextToken(e.message) };
    throw e;
  }
}
