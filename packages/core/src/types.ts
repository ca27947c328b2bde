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
