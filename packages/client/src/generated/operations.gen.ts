// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.

// Per action: a standalone command over a bare client (a bundle that imports one pays for that one), a
// paginator for paged actions, and the method table `createClient` binds. Each constant states its type:
// JSR refuses inferred types in a public API ("slow types").
import { DescribeImagePipelines, DescribeImagePipelineExecutions, DescribeImageComponents, CreateImagePipeline, DeleteImagePipeline, StartImagePipelineExecution, CancelImagePipelineExecution, CreateImageComponent, DeleteImageComponent } from '@org/ecs-pipelines-core';
import type { DescribeImagePipelinesRequest, DescribeImagePipelineExecutionsRequest, DescribeImageComponentsRequest, CreateImagePipelineRequest, DeleteImagePipelineRequest, StartImagePipelineExecutionRequest, CancelImagePipelineExecutionRequest, CreateImageComponentRequest, DeleteImageComponentRequest } from '@org/ecs-pipelines-core';
import { command, lister, paginator, type Command, type Input, type Item, type Lister, type Output, type Paginator } from '../operation.js';
export { DescribeImagePipelines, DescribeImagePipelineExecutions, DescribeImageComponents, CreateImagePipeline, DeleteImagePipeline, StartImagePipelineExecution, CancelImagePipelineExecution, CreateImageComponent, DeleteImageComponent } from '@org/ecs-pipelines-core';
export type { DescribeImagePipelinesRequest, DescribeImagePipelinesResponse, DescribeImagePipelineExecutionsRequest, DescribeImagePipelineExecutionsResponse, DescribeImageComponentsRequest, DescribeImageComponentsResponse, CreateImagePipelineRequest, CreateImagePipelineResponse, DeleteImagePipelineRequest, DeleteImagePipelineResponse, StartImagePipelineExecutionRequest, StartImagePipelineExecutionResponse, CancelImagePipelineExecutionRequest, CancelImagePipelineExecutionResponse, CreateImageComponentRequest, CreateImageComponentResponse, DeleteImageComponentRequest, DeleteImageComponentResponse } from '@org/ecs-pipelines-core';
import type { CallOptions, ListOptions, PaginateOptions } from '../options.js';
import { waiter, type Waiter, type WaiterOptions } from '../waiter.js';

/**
 * Query image templates.
 *
 * Returns the image templates of a region that match every given filter, one page at a time. Pass the
 * `NextToken` of the previous page to get the next; the last page has no `NextToken`.
 *
 * One call of `DescribeImagePipelines` (retried as the client's policy says); rejects with core's error family, the
 * error carrying `$metadata` too.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, describeImagePipelines } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const answer = await describeImagePipelines(client, {});
 * console.log(answer.ImagePipeline.ImagePipelineSet);
 * ```
 */
export const describeImagePipelines: Command<'DescribeImagePipelines'> = /* @__PURE__ */ command<'DescribeImagePipelines'>(DescribeImagePipelines);

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
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, describeImagePipelineExecutions } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const answer = await describeImagePipelineExecutions(client, { ImagePipelineId: 'ip-2ze5tsl5bp6nf2b3****' });
 * console.log(answer.ImagePipelineExecution.ImagePipelineExecutionSet);
 * ```
 */
export const describeImagePipelineExecutions: Command<'DescribeImagePipelineExecutions'> = /* @__PURE__ */ command<'DescribeImagePipelineExecutions'>(DescribeImagePipelineExecutions);

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
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, describeImageComponents } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const answer = await describeImageComponents(client, {});
 * console.log(answer.ImageComponent.ImageComponentSet);
 * ```
 */
export const describeImageComponents: Command<'DescribeImageComponents'> = /* @__PURE__ */ command<'DescribeImageComponents'>(DescribeImageComponents);

/** The input of `describeImageComponents`: DescribeImageComponents's request; `RegionId` may be left to the client's `regionId`. */
export type DescribeImageComponentsInput = Input<DescribeImageComponentsRequest>;
/** One answer of `describeImageComponents`, normalized, with `$metadata`; the list `ImageComponent.ImageComponentSet` is always there. */
export type DescribeImageComponentsOutput = Output<'DescribeImageComponents'>;

/**
 * Create an image template.
 *
 * Creates a custom image template: the source image, build and test content, the intermediate instance's
 * settings and where the image is distributed. Returns the template ID. Idempotent with `ClientToken` (the
 * client fills one in when none is given and reuses it on every retry).
 *
 * One call of `CreateImagePipeline` (retried as the client's policy says); rejects with core's error family, the
 * error carrying `$metadata` too.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, createImagePipeline } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const answer = await createImagePipeline(client, { BaseImageType: 'IMAGE' });
 * console.log(answer.$metadata.requestId);
 * ```
 */
export const createImagePipeline: Command<'CreateImagePipeline'> = /* @__PURE__ */ command<'CreateImagePipeline'>(CreateImagePipeline);

/** The input of `createImagePipeline`: CreateImagePipeline's request; `RegionId` may be left to the client's `regionId`. */
export type CreateImagePipelineInput = Input<CreateImagePipelineRequest>;
/** One answer of `createImagePipeline`, normalized, with `$metadata`. */
export type CreateImagePipelineOutput = Output<'CreateImagePipeline'>;

/**
 * Delete an image template.
 *
 * Deletes an image template and its build tasks. Refused while a build task of the template is still running.
 * Not idempotent: deleting again answers `InvalidImagePipeline.NotFound`, so the client retries it only when
 * the request cannot have been executed.
 *
 * One call of `DeleteImagePipeline` (retried as the client's policy says); rejects with core's error family, the
 * error carrying `$metadata` too.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, deleteImagePipeline } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const answer = await deleteImagePipeline(client, { ImagePipelineId: 'ip-2ze5tsl5bp6nf2b3****' });
 * console.log(answer.$metadata.requestId);
 * ```
 */
export const deleteImagePipeline: Command<'DeleteImagePipeline'> = /* @__PURE__ */ command<'DeleteImagePipeline'>(DeleteImagePipeline);

/** The input of `deleteImagePipeline`: DeleteImagePipeline's request; `RegionId` may be left to the client's `regionId`. */
export type DeleteImagePipelineInput = Input<DeleteImagePipelineRequest>;
/** One answer of `deleteImagePipeline`, normalized, with `$metadata`. */
export type DeleteImagePipelineOutput = Output<'DeleteImagePipeline'>;

/**
 * Start an image build.
 *
 * Starts a build task (execution) of a template: the image is built, tested, copied and shared as the template
 * says. One running task per template. Idempotent with `ClientToken` (filled in and reused by the client).
 *
 * One call of `StartImagePipelineExecution` (retried as the client's policy says); rejects with core's error family, the
 * error carrying `$metadata` too.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, startImagePipelineExecution } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const answer = await startImagePipelineExecution(client, { ImagePipelineId: 'ip-2ze5tsl5bp6nf2b3****' });
 * console.log(answer.$metadata.requestId);
 * ```
 */
export const startImagePipelineExecution: Command<'StartImagePipelineExecution'> = /* @__PURE__ */ command<'StartImagePipelineExecution'>(StartImagePipelineExecution);

/** The input of `startImagePipelineExecution`: StartImagePipelineExecution's request; `RegionId` may be left to the client's `regionId`. */
export type StartImagePipelineExecutionInput = Input<StartImagePipelineExecutionRequest>;
/** One answer of `startImagePipelineExecution`, normalized, with `$metadata`. */
export type StartImagePipelineExecutionOutput = Output<'StartImagePipelineExecution'>;

/**
 * Cancel an image build.
 *
 * Cancels a build task while it is `PREPARING`, `REPAIRING` or `BUILDING`; it goes to `CANCELLING`, then
 * `CANCELLED`. Not idempotent: the client retries it only when the request cannot have been executed.
 *
 * One call of `CancelImagePipelineExecution` (retried as the client's policy says); rejects with core's error family, the
 * error carrying `$metadata` too.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, cancelImagePipelineExecution } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const answer = await cancelImagePipelineExecution(client, { ExecutionId: 'exec-5fb8facb8ed7427c****' });
 * console.log(answer.$metadata.requestId);
 * ```
 */
export const cancelImagePipelineExecution: Command<'CancelImagePipelineExecution'> = /* @__PURE__ */ command<'CancelImagePipelineExecution'>(CancelImagePipelineExecution);

/** The input of `cancelImagePipelineExecution`: CancelImagePipelineExecution's request; `RegionId` may be left to the client's `regionId`. */
export type CancelImagePipelineExecutionInput = Input<CancelImagePipelineExecutionRequest>;
/** One answer of `cancelImagePipelineExecution`, normalized, with `$metadata`. */
export type CancelImagePipelineExecutionOutput = Output<'CancelImagePipelineExecution'>;

/**
 * Create an image component.
 *
 * Creates a custom image component: a reusable, versioned block of build or test commands that templates
 * reference with `COMPONENT ic-…`. Idempotent with `ClientToken` (filled in and reused by the client).
 *
 * One call of `CreateImageComponent` (retried as the client's policy says); rejects with core's error family, the
 * error carrying `$metadata` too.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, createImageComponent } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const answer = await createImageComponent(client, { Content: 'RUN yum update -y' });
 * console.log(answer.$metadata.requestId);
 * ```
 */
export const createImageComponent: Command<'CreateImageComponent'> = /* @__PURE__ */ command<'CreateImageComponent'>(CreateImageComponent);

/** The input of `createImageComponent`: CreateImageComponent's request; `RegionId` may be left to the client's `regionId`. */
export type CreateImageComponentInput = Input<CreateImageComponentRequest>;
/** One answer of `createImageComponent`, normalized, with `$metadata`. */
export type CreateImageComponentOutput = Output<'CreateImageComponent'>;

/**
 * Delete an image component.
 *
 * Deletes one of your own (`Owner=SELF`) image components. Refused while a template uses it. Not idempotent:
 * the client retries it only when the request cannot have been executed.
 *
 * One call of `DeleteImageComponent` (retried as the client's policy says); rejects with core's error family, the
 * error carrying `$metadata` too.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, deleteImageComponent } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const answer = await deleteImageComponent(client, { ImageComponentId: 'ic-bp67acfmxazb4p****' });
 * console.log(answer.$metadata.requestId);
 * ```
 */
export const deleteImageComponent: Command<'DeleteImageComponent'> = /* @__PURE__ */ command<'DeleteImageComponent'>(DeleteImageComponent);

/** The input of `deleteImageComponent`: DeleteImageComponent's request; `RegionId` may be left to the client's `regionId`. */
export type DeleteImageComponentInput = Input<DeleteImageComponentRequest>;
/** One answer of `deleteImageComponent`, normalized, with `$metadata`. */
export type DeleteImageComponentOutput = Output<'DeleteImageComponent'>;

/**
 * Every page of `DescribeImagePipelines`, in order, following `NextToken`. `pageSize` sets `MaxResults`;
 * `startingToken` resumes where an earlier run stopped. A token the service repeats ends with `EcsResponseError`
 * instead of a loop.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, paginateDescribeImagePipelines } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * for await (const page of paginateDescribeImagePipelines(client, {}, { pageSize: 50 })) {
 *   console.log(page.ImagePipeline.ImagePipelineSet.length);
 * }
 * ```
 */
export const paginateDescribeImagePipelines: Paginator<'DescribeImagePipelines'> = /* @__PURE__ */ paginator<'DescribeImagePipelines'>(DescribeImagePipelines);

/**
 * Each item of `ImagePipeline.ImagePipelineSet` across pages, one at a time; stops after `maxItems` without fetching more.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, listImagePipelines } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * for await (const item of listImagePipelines(client, {}, { maxItems: 200 })) console.log(item);
 * ```
 */
export const listImagePipelines: Lister<'DescribeImagePipelines'> = /* @__PURE__ */ lister<'DescribeImagePipelines'>(DescribeImagePipelines);

/** One item of `ImagePipeline.ImagePipelineSet`. */
export type ImagePipelineItem = Item<'DescribeImagePipelines'>;

/**
 * Every page of `DescribeImagePipelineExecutions`, in order, following `NextToken`. `pageSize` sets `MaxResults`;
 * `startingToken` resumes where an earlier run stopped. A token the service repeats ends with `EcsResponseError`
 * instead of a loop.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, paginateDescribeImagePipelineExecutions } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * for await (const page of paginateDescribeImagePipelineExecutions(client, { ImagePipelineId: 'ip-2ze5tsl5bp6nf2b3****' }, { pageSize: 50 })) {
 *   console.log(page.ImagePipelineExecution.ImagePipelineExecutionSet.length);
 * }
 * ```
 */
export const paginateDescribeImagePipelineExecutions: Paginator<'DescribeImagePipelineExecutions'> = /* @__PURE__ */ paginator<'DescribeImagePipelineExecutions'>(DescribeImagePipelineExecutions);

/**
 * Each item of `ImagePipelineExecution.ImagePipelineExecutionSet` across pages, one at a time; stops after `maxItems` without fetching more.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, listImagePipelineExecutions } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * for await (const item of listImagePipelineExecutions(client, { ImagePipelineId: 'ip-2ze5tsl5bp6nf2b3****' }, { maxItems: 200 })) console.log(item);
 * ```
 */
export const listImagePipelineExecutions: Lister<'DescribeImagePipelineExecutions'> = /* @__PURE__ */ lister<'DescribeImagePipelineExecutions'>(DescribeImagePipelineExecutions);

/** One item of `ImagePipelineExecution.ImagePipelineExecutionSet`. */
export type ImagePipelineExecutionItem = Item<'DescribeImagePipelineExecutions'>;

/**
 * Every page of `DescribeImageComponents`, in order, following `NextToken`. `pageSize` sets `MaxResults`;
 * `startingToken` resumes where an earlier run stopped. A token the service repeats ends with `EcsResponseError`
 * instead of a loop.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, paginateDescribeImageComponents } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * for await (const page of paginateDescribeImageComponents(client, {}, { pageSize: 50 })) {
 *   console.log(page.ImageComponent.ImageComponentSet.length);
 * }
 * ```
 */
export const paginateDescribeImageComponents: Paginator<'DescribeImageComponents'> = /* @__PURE__ */ paginator<'DescribeImageComponents'>(DescribeImageComponents);

/**
 * Each item of `ImageComponent.ImageComponentSet` across pages, one at a time; stops after `maxItems` without fetching more.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, listImageComponents } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * for await (const item of listImageComponents(client, {}, { maxItems: 200 })) console.log(item);
 * ```
 */
export const listImageComponents: Lister<'DescribeImageComponents'> = /* @__PURE__ */ lister<'DescribeImageComponents'>(DescribeImageComponents);

/** One item of `ImageComponent.ImageComponentSet`. */
export type ImageComponentItem = Item<'DescribeImageComponents'>;

/**
 * Polls `DescribeImagePipelineExecutions` until the first item's `Status` is final: resolves with the item on `SUCCESS` or `PARTITION_SUCCESS`,
 * rejects with `EcsWaiterError` (`reason: 'failure'`) on `FAILED`, `TEST_FAILED`, `CANCELLED`, or (`reason: 'timeout'`) after `maxWaitMs`.
 * Until the build task ends.
 *
 * @function
 * @example
 * ```ts
 * import { createBareClient, fromEnv, waitUntilImagePipelineExecutionComplete } from '@org/ecs-pipelines-client';
 *
 * const client = createBareClient({ regionId: 'cn-hangzhou', credentials: fromEnv(process.env) });
 * const item = await waitUntilImagePipelineExecutionComplete(client, { ExecutionId: 'exec-5fb8facb8ed7427c****' }, { maxWaitMs: 60 * 60_000 });
 * console.log(item);
 * ```
 */
export const waitUntilImagePipelineExecutionComplete: Waiter<'DescribeImagePipelineExecutions'> = /* @__PURE__ */ waiter<'DescribeImagePipelineExecutions'>(DescribeImagePipelineExecutions, 'ImagePipelineExecutionComplete');

/** The methods of a client made by `createClient`: one per action, and `list<Items>` per paged action. */
export interface OperationMethods {
  /** Query image templates: one call of `DescribeImagePipelines`. */
  describeImagePipelines(input: DescribeImagePipelinesInput, options?: CallOptions): Promise<DescribeImagePipelinesOutput>;
  /** Query image build tasks: one call of `DescribeImagePipelineExecutions`. */
  describeImagePipelineExecutions(input: DescribeImagePipelineExecutionsInput, options?: CallOptions): Promise<DescribeImagePipelineExecutionsOutput>;
  /** Query image components: one call of `DescribeImageComponents`. */
  describeImageComponents(input: DescribeImageComponentsInput, options?: CallOptions): Promise<DescribeImageComponentsOutput>;
  /** Create an image template: one call of `CreateImagePipeline`. */
  createImagePipeline(input: CreateImagePipelineInput, options?: CallOptions): Promise<CreateImagePipelineOutput>;
  /** Delete an image template: one call of `DeleteImagePipeline`. */
  deleteImagePipeline(input: DeleteImagePipelineInput, options?: CallOptions): Promise<DeleteImagePipelineOutput>;
  /** Start an image build: one call of `StartImagePipelineExecution`. */
  startImagePipelineExecution(input: StartImagePipelineExecutionInput, options?: CallOptions): Promise<StartImagePipelineExecutionOutput>;
  /** Cancel an image build: one call of `CancelImagePipelineExecution`. */
  cancelImagePipelineExecution(input: CancelImagePipelineExecutionInput, options?: CallOptions): Promise<CancelImagePipelineExecutionOutput>;
  /** Create an image component: one call of `CreateImageComponent`. */
  createImageComponent(input: CreateImageComponentInput, options?: CallOptions): Promise<CreateImageComponentOutput>;
  /** Delete an image component: one call of `DeleteImageComponent`. */
  deleteImageComponent(input: DeleteImageComponentInput, options?: CallOptions): Promise<DeleteImageComponentOutput>;
  /** Each item of `DescribeImagePipelines` across pages; stops after `maxItems`. */
  listImagePipelines(input: DescribeImagePipelinesInput, options?: ListOptions): AsyncGenerator<ImagePipelineItem, void, undefined>;
  /** Each item of `DescribeImagePipelineExecutions` across pages; stops after `maxItems`. */
  listImagePipelineExecutions(input: DescribeImagePipelineExecutionsInput, options?: ListOptions): AsyncGenerator<ImagePipelineExecutionItem, void, undefined>;
  /** Each item of `DescribeImageComponents` across pages; stops after `maxItems`. */
  listImageComponents(input: DescribeImageComponentsInput, options?: ListOptions): AsyncGenerator<ImageComponentItem, void, undefined>;
  /** Waits until `DescribeImagePipelineExecutions`'s first item is final (see the standalone `waitUntilImagePipelineExecutionComplete`). */
  waitUntilImagePipelineExecutionComplete(input: DescribeImagePipelineExecutionsInput, options?: WaiterOptions): Promise<ImagePipelineExecutionItem>;
}

/** The commands and item iterators `createClient` binds as methods. */
export const methods = {
  describeImagePipelines,
  describeImagePipelineExecutions,
  describeImageComponents,
  createImagePipeline,
  deleteImagePipeline,
  startImagePipelineExecution,
  cancelImagePipelineExecution,
  createImageComponent,
  deleteImageComponent,
  listImagePipelines,
  listImagePipelineExecutions,
  listImageComponents,
  waitUntilImagePipelineExecutionComplete,
} as const;

export type { PaginateOptions };
