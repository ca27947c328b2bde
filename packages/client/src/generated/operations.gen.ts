// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.

// Per action: a standalone command over a bare client (a bundle that imports one pays for that one), a
// paginator for paged actions, and the method table `createClient` binds.
import { DescribeImagePipelines, DescribeImagePipelineExecutions, DescribeImageComponents } from '@org/ecs-pipelines-core';
import type { DescribeImagePipelinesRequest, DescribeImagePipelineExecutionsRequest, DescribeImageComponentsRequest } from '@org/ecs-pipelines-core';
import { command, lister, paginator, type Input, type Output, type Item } from '../operation.js';
export { DescribeImagePipelines, DescribeImagePipelineExecutions, DescribeImageComponents } from '@org/ecs-pipelines-core';
export type { DescribeImagePipelinesRequest, DescribeImagePipelinesResponse, DescribeImagePipelineExecutionsRequest, DescribeImagePipelineExecutionsResponse, DescribeImageComponentsRequest, DescribeImageComponentsResponse } from '@org/ecs-pipelines-core';
import type { CallOptions, ListOptions, PaginateOptions } from '../options.js';

/**
 * Query image templates.
 *
 * Returns the image templates of a region that match every given filter, one page at a time. Pass the
 * `NextToken` of the previous page to get the next; the last page has no `NextToken`.
 *
 * One call of `DescribeImagePipelines` (retried as the client's policy says); rejects with core's error family, the
 * error carrying `$metadata` too.
 */
export const describeImagePipelines = /* @__PURE__ */ command<'DescribeImagePipelines'>(DescribeImagePipelines);

/** The input of `describeImagePipelines`: DescribeImagePipelines's request; `RegionId` may be left to the client's `regionId`. */
export type DescribeImagePipelinesInput = Input<DescribeImagePipelinesRequest>;
/** One answer of `describeImagePipelines`, normalized, with `$metadata`; the list `ImagePipeline.ImagePipelineSet` is always there. */
export type DescribeImagePipelinesOutput = Output<'DescribeImagePipelines'>;

/**
 * Query image build tasks.
 *
 * Returns the build tasks (executions) of one image template, or one task by its ID, one page at a time.
 * Give `ImagePipelineId`, `ExecutionId` or both. An unknown `ExecutionId` gives an empty page.
 *
 * One call of `DescribeImagePipelineExecutions` (retried as the client's policy says); rejects with core's error family, the
 * error carrying `$metadata` too.
 */
export const describeImagePipelineExecutions = /* @__PURE__ */ command<'DescribeImagePipelineExecutions'>(DescribeImagePipelineExecutions);

/** The input of `describeImagePipelineExecutions`: DescribeImagePipelineExecutions's request; `RegionId` may be left to the client's `regionId`. */
export type DescribeImagePipelineExecutionsInput = Input<DescribeImagePipelineExecutionsRequest>;
/** One answer of `describeImagePipelineExecutions`, normalized, with `$metadata`; the list `ImagePipelineExecution.ImagePipelineExecutionSet` is always there. */
export type DescribeImagePipelineExecutionsOutput = Output<'DescribeImagePipelineExecutions'>;

/**
 * Query image components.
 *
 * Returns image components (your own, `Owner=SELF`, and Alibaba Cloud's, `Owner=ALIYUN`) that match every
 * given filter, one page at a time.
 *
 * One call of `DescribeImageComponents` (retried as the client's policy says); rejects with core's error family, the
 * error carrying `$metadata` too.
 */
export const describeImageComponents = /* @__PURE__ */ command<'DescribeImageComponents'>(DescribeImageComponents);

/** The input of `describeImageComponents`: DescribeImageComponents's request; `RegionId` may be left to the client's `regionId`. */
export type DescribeImageComponentsInput = Input<DescribeImageComponentsRequest>;
/** One answer of `describeImageComponents`, normalized, with `$metadata`; the list `ImageComponent.ImageComponentSet` is always there. */
export type DescribeImageComponentsOutput = Output<'DescribeImageComponents'>;

/**
 * Every page of `DescribeImagePipelines`, in order, following `NextToken`. `pageSize` sets `MaxResults`;
 * `startingToken` resumes where an earlier run stopped. A token the service repeats ends with `EcsResponseError`
 * instead of a loop.
 */
export const paginateDescribeImagePipelines = /* @__PURE__ */ paginator<'DescribeImagePipelines'>(DescribeImagePipelines);

/** Each item of `ImagePipeline.ImagePipelineSet` across pages, one at a time; stops after `maxItems` without fetching more. */
export const listImagePipelines = /* @__PURE__ */ lister<'DescribeImagePipelines'>(DescribeImagePipelines);

/** One item of `ImagePipeline.ImagePipelineSet`. */
export type ImagePipelineItem = Item<'DescribeImagePipelines'>;

/**
 * Every page of `DescribeImagePipelineExecutions`, in order, following `NextToken`. `pageSize` sets `MaxResults`;
 * `startingToken` resumes where an earlier run stopped. A token the service repeats ends with `EcsResponseError`
 * instead of a loop.
 */
export const paginateDescribeImagePipelineExecutions = /* @__PURE__ */ paginator<'DescribeImagePipelineExecutions'>(DescribeImagePipelineExecutions);

/** Each item of `ImagePipelineExecution.ImagePipelineExecutionSet` across pages, one at a time; stops after `maxItems` without fetching more. */
export const listImagePipelineExecutions = /* @__PURE__ */ lister<'DescribeImagePipelineExecutions'>(DescribeImagePipelineExecutions);

/** One item of `ImagePipelineExecution.ImagePipelineExecutionSet`. */
export type ImagePipelineExecutionItem = Item<'DescribeImagePipelineExecutions'>;

/**
 * Every page of `DescribeImageComponents`, in order, following `NextToken`. `pageSize` sets `MaxResults`;
 * `startingToken` resumes where an earlier run stopped. A token the service repeats ends with `EcsResponseError`
 * instead of a loop.
 */
export const paginateDescribeImageComponents = /* @__PURE__ */ paginator<'DescribeImageComponents'>(DescribeImageComponents);

/** Each item of `ImageComponent.ImageComponentSet` across pages, one at a time; stops after `maxItems` without fetching more. */
export const listImageComponents = /* @__PURE__ */ lister<'DescribeImageComponents'>(DescribeImageComponents);

/** One item of `ImageComponent.ImageComponentSet`. */
export type ImageComponentItem = Item<'DescribeImageComponents'>;

/** The methods of a client made by `createClient`: one per action, and `list<Items>` per paged action. */
export interface OperationMethods {
  /** Query image templates: one call of `DescribeImagePipelines`. */
  describeImagePipelines(input: DescribeImagePipelinesInput, options?: CallOptions): Promise<DescribeImagePipelinesOutput>;
  /** Query image build tasks: one call of `DescribeImagePipelineExecutions`. */
  describeImagePipelineExecutions(input: DescribeImagePipelineExecutionsInput, options?: CallOptions): Promise<DescribeImagePipelineExecutionsOutput>;
  /** Query image components: one call of `DescribeImageComponents`. */
  describeImageComponents(input: DescribeImageComponentsInput, options?: CallOptions): Promise<DescribeImageComponentsOutput>;
  /** Each item of `DescribeImagePipelines` across pages; stops after `maxItems`. */
  listImagePipelines(input: DescribeImagePipelinesInput, options?: ListOptions): AsyncGenerator<ImagePipelineItem, void, undefined>;
  /** Each item of `DescribeImagePipelineExecutions` across pages; stops after `maxItems`. */
  listImagePipelineExecutions(input: DescribeImagePipelineExecutionsInput, options?: ListOptions): AsyncGenerator<ImagePipelineExecutionItem, void, undefined>;
  /** Each item of `DescribeImageComponents` across pages; stops after `maxItems`. */
  listImageComponents(input: DescribeImageComponentsInput, options?: ListOptions): AsyncGenerator<ImageComponentItem, void, undefined>;
}

/** The commands and item iterators `createClient` binds as methods. */
export const methods = {
  describeImagePipelines,
  describeImagePipelineExecutions,
  describeImageComponents,
  listImagePipelines,
  listImagePipelineExecutions,
  listImageComponents,
} as const;

export type { PaginateOptions };
