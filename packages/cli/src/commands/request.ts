// Builds the DescribeImagePipelines request from the flags. The request's rules (ranges, list limits, the
// region pattern, tag keys) are the spec's and are checked by the client before it sends anything; its
// EcsValidationError is mapped back to flag names in flag-names.ts. Only what the CLI itself decides is checked
// here: that some region was given.
import { UsageError } from '../usage-error.js';
import type { RequestFlags, TagFilter } from './describe-options.js';

/** The request in wire spelling, as the client takes it. */
export interface DescribeRequest {
  RegionId: string;
  Tag?: TagFilter[];
  ImagePipelineId?: string[];
  Name?: string;
  ResourceGroupId?: string;
  NextToken?: string;
  /** Typed as the client takes it; holds the text as typed when the flag was not numeric (see describe-options.ts). */
  MaxResults?: number;
}

/** Where the region came from, so a bad one is reported under the name the user set it with. */
export interface RegionChoice {
  value: string | undefined;
  /** `--region`, `ALIBABA_CLOUD_REGION_ID` or `region_id of profile "x"`. */
  source: string;
}

/** The request for `flags` in `region`; throws a {@link UsageError} when no region was given anywhere. */
export function buildRequest(flags: RequestFlags, region: RegionChoice): DescribeRequest {
  if (region.value === undefined) {
    throw new UsageError([{
      parameter: '--region',
      problem: 'no region given',
      allowed: 'a region ID such as cn-hangzhou, via --region, ALIBABA_CLOUD_REGION_ID or the region_id of a --profile',
    }], 'describe');
  }
  const request: DescribeRequest = { RegionId: region.value };
  if (flags.tags.length > 0) request.Tag = flags.tags;
  if (flags.ids.length > 0) request.ImagePipelineId = flags.ids;
  if (flags.name !== undefined) request.Name = flags.name;
  if (flags.resourceGroupId !== undefined) request.ResourceGroupId = flags.resourceGroupId;
  if (flags.nextToken !== undefined) request.NextToken = flags.nextToken;
  if (flags.maxResults !== undefined) request.MaxResults = flags.maxResults as number;
  return request;
}
