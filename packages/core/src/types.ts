// Friendly names over the types generated from spec/openapi.yaml, in wire spelling.
import type { components, operations } from './generated/schema.gen.js';

type Schemas = components['schemas'];

/** The request of DescribeImagePipelines, as the API page spells it (`Tag`, `ImagePipelineId`, …). */
export type DescribeImagePipelinesRequest = NonNullable<operations['describeImagePipelines']['parameters']['query']>;
/** One page of DescribeImagePipelines, with real types and the list wrappers of the wire. */
export type DescribeImagePipelinesResponse = Schemas['DescribeImagePipelinesResponseBody'];
/** One image template. */
export type ImagePipeline = Schemas['ImagePipeline'];
/** A tag filter of the request (`Tag.N.Key` / `Tag.N.Value`). */
export type RequestTag = Schemas['RequestTag'];
/** A tag of a template in the response (`TagKey` / `TagValue`). */
export type ResourceTag = Schemas['ResourceTag'];
/** The body of an error response. */
export type EcsErrorBody = Schemas['EcsErrorBody'];

/** An AccessKey pair, optionally with the security token of STS (temporary) credentials. */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/**
 * Query parameters in wire form: ordered `[name, value]` pairs, decoded (not yet percent-encoded).
 * A list rather than a record because order matters on the wire and a name may repeat in a hostile query.
 */
export type WireParams = Array<[name: string, value: string]>;

/** One problem of a request: which parameter, what is wrong with it, and what would be accepted. */
export interface ValidationIssue {
  /** The parameter in wire spelling, 1-based for list items: `MaxResults`, `Tag.3.Key`, `ImagePipelineId.2`. */
  parameter: string;
  problem: string;
  allowed: string;
}
