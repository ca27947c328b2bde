// The types of every action: method signatures on the full client, the standalone commands over any client
// with `send`, Output/Item, the item list paged outputs always have, and wrong parameters caught at compile time.
import type { ImageComponent, ImagePipeline, ImagePipelineExecution } from '@org/ecs-pipelines-core';
import { describe, expectTypeOf, test } from 'vitest';
import {
  type BareClient,
  type CallOptions,
  createBareClient,
  createClient,
  DescribeImageComponents,
  type DescribeImageComponentsInput,
  type DescribeImageComponentsOutput,
  DescribeImagePipelineExecutions,
  type DescribeImagePipelineExecutionsInput,
  type DescribeImagePipelineExecutionsOutput,
  DescribeImagePipelines,
  type DescribeImagePipelinesInput,
  type DescribeImagePipelinesOutput,
  describeImageComponents,
  describeImagePipelineExecutions,
  describeImagePipelines,
  type EcsPipelinesClient,
  type ImageComponentItem,
  type ImagePipelineExecutionItem,
  type ImagePipelineItem,
  type Item,
  type ListOptions,
  listImageComponents,
  listImagePipelineExecutions,
  listImagePipelines,
  listItems,
  type Output,
  paginate,
  paginateDescribeImageComponents,
  paginateDescribeImagePipelineExecutions,
  paginateDescribeImagePipelines,
  type ResponseMetadata,
  type CreateImagePipelineInput,
  type CreateImagePipelineOutput,
  createImagePipeline,
  startImagePipelineExecution,
  deleteImagePipeline,
  cancelImagePipelineExecution,
  createImageComponent,
  deleteImageComponent,
  waitUntilImagePipelineExecutionComplete,
  type WaiterOptions,
  CreateImagePipeline,
} from '../src/index.js';

const options = { regionId: 'cn-hangzhou', credentials: { accessKeyId: 'a', accessKeySecret: 'b' } };
const client = createClient(options);
const bare = createBareClient(options);

describe('the full client', () => {
  test('has one method per action, typed by its Input and Output', () => {
    expectTypeOf(client.describeImagePipelines).parameters.toEqualTypeOf<[DescribeImagePipelinesInput, CallOptions?]>();
    expectTypeOf(client.describeImagePipelineExecutions).parameters.toEqualTypeOf<[DescribeImagePipelineExecutionsInput, CallOptions?]>();
    expectTypeOf(client.describeImageComponents).parameters.toEqualTypeOf<[DescribeImageComponentsInput, CallOptions?]>();
    expectTypeOf(client.describeImagePipelines).returns.resolves.toEqualTypeOf<DescribeImagePipelinesOutput>();
    expectTypeOf(client.describeImagePipelineExecutions).returns.resolves.toEqualTypeOf<DescribeImagePipelineExecutionsOutput>();
    expectTypeOf(client.describeImageComponents).returns.resolves.toEqualTypeOf<DescribeImageComponentsOutput>();
  });

  test('has an item iterator per paged action', () => {
    expectTypeOf(client.listImagePipelines).parameters.toEqualTypeOf<[DescribeImagePipelinesInput, ListOptions?]>();
    expectTypeOf(client.listImagePipelines({})).toEqualTypeOf<AsyncGenerator<ImagePipeline, void, undefined>>();
    expectTypeOf(client.listImagePipelineExecutions({ ImagePipelineId: 'ip-1' })).toEqualTypeOf<AsyncGenerator<ImagePipelineExecution, void, undefined>>();
    expectTypeOf(client.listImageComponents({ Owner: 'SELF' }, { maxItems: 5 })).toEqualTypeOf<AsyncGenerator<ImageComponent, void, undefined>>();
  });

  test('is a BareClient too; the bare client has send and nothing else', () => {
    expectTypeOf(client).toMatchTypeOf<BareClient>();
    expectTypeOf(bare).toEqualTypeOf<BareClient>();
    expectTypeOf<keyof BareClient>().toEqualTypeOf<'send'>();
    // @ts-expect-error a bare client has no methods: pass it to the standalone commands
    void bare.describeImagePipelines;
    expectTypeOf<keyof EcsPipelinesClient>().toEqualTypeOf<
      | 'send'
      | 'describeImagePipelines'
      | 'describeImagePipelineExecutions'
      | 'describeImageComponents'
      | 'listImagePipelines'
      | 'listImagePipelineExecutions'
      | 'listImageComponents'
      | 'createImagePipeline'
      | 'deleteImagePipeline'
      | 'startImagePipelineExecution'
      | 'cancelImagePipelineExecution'
      | 'createImageComponent'
      | 'deleteImageComponent'
      | 'waitUntilImagePipelineExecutionComplete'
    >();
  });
});

describe('standalone commands, paginators and item iterators', () => {
  test('take any client with send, bare or full', () => {
    expectTypeOf(describeImagePipelines(bare, {})).resolves.toEqualTypeOf<DescribeImagePipelinesOutput>();
    expectTypeOf(describeImagePipelineExecutions(client, { ExecutionId: 'exec-1' })).resolves.toEqualTypeOf<DescribeImagePipelineExecutionsOutput>();
    expectTypeOf(describeImageComponents(bare, { ComponentType: 'Build' }, { timeoutMs: 5 })).resolves.toEqualTypeOf<DescribeImageComponentsOutput>();
    expectTypeOf(describeImageComponents).parameter(0).toEqualTypeOf<BareClient>();
    // @ts-expect-error an object with a describeImagePipelines method is no longer a paginator's client: it needs send
    paginateDescribeImagePipelines({ describeImagePipelines: client.describeImagePipelines }, {});
  });

  test('paginators yield Outputs, item iterators Items', () => {
    expectTypeOf(paginateDescribeImagePipelines(bare, {}, { pageSize: 10, startingToken: 't' })).toEqualTypeOf<AsyncGenerator<DescribeImagePipelinesOutput, void, undefined>>();
    expectTypeOf(paginateDescribeImagePipelineExecutions(client, { ImagePipelineId: 'ip-1' })).toEqualTypeOf<AsyncGenerator<DescribeImagePipelineExecutionsOutput, void, undefined>>();
    expectTypeOf(paginateDescribeImageComponents(bare, {})).toEqualTypeOf<AsyncGenerator<DescribeImageComponentsOutput, void, undefined>>();
    expectTypeOf(listImagePipelines(bare, {}, { maxItems: 1 })).toEqualTypeOf<AsyncGenerator<ImagePipelineItem, void, undefined>>();
    expectTypeOf(listImagePipelineExecutions(bare, { ExecutionId: 'e' })).toEqualTypeOf<AsyncGenerator<ImagePipelineExecutionItem, void, undefined>>();
    expectTypeOf(listImageComponents(bare, {})).toEqualTypeOf<AsyncGenerator<ImageComponentItem, void, undefined>>();
  });

  test('send, paginate and listItems infer the action from its rules object', () => {
    expectTypeOf(bare.send(DescribeImageComponents, { Owner: 'ALIYUN' })).resolves.toEqualTypeOf<Output<'DescribeImageComponents'>>();
    expectTypeOf(paginate(bare, DescribeImagePipelineExecutions, { ImagePipelineId: 'ip-1' })).toEqualTypeOf<AsyncGenerator<Output<'DescribeImagePipelineExecutions'>, void, undefined>>();
    expectTypeOf(listItems(client, DescribeImagePipelines, {})).toEqualTypeOf<AsyncGenerator<Item<'DescribeImagePipelines'>, void, undefined>>();
  });
});

describe('Output and Item', () => {
  test('the generated aliases are Output<Action> and Item<Action>', () => {
    expectTypeOf<DescribeImagePipelinesOutput>().toEqualTypeOf<Output<'DescribeImagePipelines'>>();
    expectTypeOf<DescribeImagePipelineExecutionsOutput>().toEqualTypeOf<Output<'DescribeImagePipelineExecutions'>>();
    expectTypeOf<DescribeImageComponentsOutput>().toEqualTypeOf<Output<'DescribeImageComponents'>>();
    expectTypeOf<ImagePipelineItem>().toEqualTypeOf<ImagePipeline>();
    expectTypeOf<ImagePipelineExecutionItem>().toEqualTypeOf<ImagePipelineExecution>();
    expectTypeOf<ImageComponentItem>().toEqualTypeOf<ImageComponent>();
  });

  test('every paged Output has its item list, no optional chaining needed, and $metadata', async () => {
    const executions = await client.describeImagePipelineExecutions({ ImagePipelineId: 'ip-1' });
    expectTypeOf(executions.ImagePipelineExecution.ImagePipelineExecutionSet).toEqualTypeOf<ImagePipelineExecution[]>();
    const components = await describeImageComponents(bare, {});
    expectTypeOf(components.ImageComponent.ImageComponentSet).toEqualTypeOf<ImageComponent[]>();
    const pipelines = await bare.send(DescribeImagePipelines, {});
    expectTypeOf(pipelines.ImagePipeline.ImagePipelineSet).toEqualTypeOf<ImagePipeline[]>();
    expectTypeOf(executions.$metadata).toEqualTypeOf<ResponseMetadata>();
    expectTypeOf(components.NextToken).toEqualTypeOf<string | undefined>();
    expectTypeOf(components.TotalCount).toEqualTypeOf<number | undefined>();
  });
});

describe('wrong parameters do not compile', () => {
  test('per action', () => {
    // @ts-expect-error ExecutionId belongs to DescribeImagePipelineExecutions
    client.describeImageComponents({ ExecutionId: 'exec-1' });
    // @ts-expect-error ImageComponentId belongs to DescribeImageComponents
    describeImagePipelineExecutions(bare, { ImagePipelineId: 'ip-1', ImageComponentId: ['ic-1'] });
    // @ts-expect-error DescribeImagePipelineExecutions takes one ImagePipelineId, not a list
    client.describeImagePipelineExecutions({ ImagePipelineId: ['ip-1'] });
    // @ts-expect-error DescribeImagePipelines takes a list of ImagePipelineId
    client.describeImagePipelines({ ImagePipelineId: 'ip-1' });
    // @ts-expect-error ComponentType is 'Build' or 'Test'
    describeImageComponents(bare, { ComponentType: 'build' });
    // @ts-expect-error Owner is 'SELF' or 'ALIYUN'
    client.listImageComponents({ Owner: 'ALL' });
    // @ts-expect-error SystemType is 'Linux' or 'Windows'
    client.describeImageComponents({ SystemType: 'Mac' });
    // @ts-expect-error Status is one comma-separated string
    client.describeImagePipelineExecutions({ ExecutionId: 'e', Status: ['BUILDING'] });
    // @ts-expect-error send checks the input against the action it is given
    bare.send(DescribeImageComponents, { Status: 'BUILDING' });
    // @ts-expect-error a misspelt parameter
    paginateDescribeImageComponents(bare, { ComponentVersions: '1.0.0' });
    // @ts-expect-error maxItems is an item iterator's option, not a paginator's
    paginateDescribeImagePipelineExecutions(bare, { ExecutionId: 'e' }, { maxItems: 3 });
  });
});

describe('the write actions (issue 16)', () => {
  test('methods and standalone commands, typed by their Input and Output', () => {
    expectTypeOf(client.createImagePipeline).parameters.toEqualTypeOf<[CreateImagePipelineInput, CallOptions?]>();
    expectTypeOf(client.createImagePipeline).returns.resolves.toEqualTypeOf<CreateImagePipelineOutput>();
    expectTypeOf(createImagePipeline(bare, { BaseImageType: 'IMAGE', BaseImage: 'm-1' })).resolves.toEqualTypeOf<Output<'CreateImagePipeline'>>();
    expectTypeOf(bare.send(CreateImagePipeline, { BaseImageType: 'OSS' })).resolves.toEqualTypeOf<CreateImagePipelineOutput>();
    expectTypeOf<CreateImagePipelineOutput['ImagePipelineId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(startImagePipelineExecution(bare, { ImagePipelineId: 'ip-1' })).resolves.toHaveProperty('ExecutionId');
    expectTypeOf(createImageComponent(client, { Content: 'RUN echo' })).resolves.toHaveProperty('ImageComponentId');
    expectTypeOf(deleteImagePipeline(bare, { ImagePipelineId: 'ip-1' })).resolves.toHaveProperty('$metadata');
    expectTypeOf(cancelImagePipelineExecution(bare, { ExecutionId: 'exec-1' })).resolves.toHaveProperty('RequestId');
    expectTypeOf(deleteImageComponent(bare, { ImageComponentId: 'ic-1' })).resolves.toHaveProperty('RequestId');
  });

  test('flat structs are typed objects; the waiter resolves with the task', () => {
    createImagePipeline(bare, {
      BaseImageType: 'OSS',
      ImageOptions: { ImageName: 'img', ImageTags: [{ Key: 'k', Value: 'v' }], ImageFeatures: { NvmeSupport: 'auto' } },
      AdvancedOptions: { RetainCloudAssistant: true, ImageNameSuffix: 'disable' },
      ImportImageOptions: { DiskDeviceMappings: [{ OSSBucket: 'b', OSSObject: 'o', DiskImageSize: 40, Format: 'QCOW2' }], Features: { ImdsSupport: 'v2' } },
      DeleteInstanceOnFailure: false,
    });
    expectTypeOf(waitUntilImagePipelineExecutionComplete(bare, { ExecutionId: 'exec-1' }, { maxWaitMs: 1_000 })).resolves.toEqualTypeOf<ImagePipelineExecutionItem>();
    expectTypeOf(client.waitUntilImagePipelineExecutionComplete).parameters.toEqualTypeOf<[DescribeImagePipelineExecutionsInput, WaiterOptions?]>();
    expectTypeOf(client.waitUntilImagePipelineExecutionComplete({ ExecutionId: 'e' })).resolves.toEqualTypeOf<ImagePipelineExecution>();
  });

  test('wrong write parameters do not compile', () => {
    // @ts-expect-error BaseImageType is IMAGE, IMAGE_FAMILY or OSS
    client.createImagePipeline({ BaseImageType: 'ISO' });
    // @ts-expect-error a flat struct is an object with its own fields
    createImagePipeline(bare, { BaseImageType: 'IMAGE', AdvancedOptions: { RetainCloudAssistant: 'yes' } });
    // @ts-expect-error DeleteImagePipeline needs ImagePipelineId
    client.deleteImagePipeline({});
    // @ts-expect-error the waiter's options are its own
    client.waitUntilImagePipelineExecutionComplete({ ExecutionId: 'e' }, { timeoutMs: 5 });
  });
});
