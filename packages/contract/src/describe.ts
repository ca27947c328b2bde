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
  const input = fromWireParams(apiParams(params)) as Record<string, unknown>;
  if (input.RegionId === undefined || input.RegionId === '') return { ok: false, error: missingParameter('RegionId') };
  const issues = checkRequest(input);
  const region = input.RegionId;
  if (typeof region !== 'string') return { ok: false, error: invalidParameter('RegionId', 'Give RegionId once.') };
  // A malformed region ID is just a region that does not exist, as the service answers it.
  if (issues.some((i) => i.parameter === 'RegionId') || !Object.hasOwn(ctx.data, region)) return { ok: false, error: regionNotFound() };
  const issue = issues[0];
  if (issue) return { ok: false, error: invalidParameter(issue.parameter, `${issue.problem}; allowed: ${issue.allowed}.`) };

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
