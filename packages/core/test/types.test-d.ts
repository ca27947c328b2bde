// The public types: what compiles and, as important, what must not.
import { describe, expectTypeOf, test } from 'vitest';
import type {
  Action,
  ComponentParameter,
  Credentials,
  DescribeImageComponentsRequest,
  DescribeImageComponentsResponse,
  DescribeImagePipelineExecutionsRequest,
  DescribeImagePipelineExecutionsResponse,
  DescribeImagePipelinesRequest,
  DescribeImagePipelinesResponse,
  EcsErrorBody,
  ImageComponent,
  ImagePipeline,
  ImagePipelineExecution,
  OperationSpec,
  OperationTypes,
  PaginationSpec,
  RequestOf,
  RequestTag,
  ResourceTag,
  ResponseOf,
  SignedRequest,
  SignRequestInput,
  VerifyResult,
  WireParams,
} from '../src/index.js';
import {
  checkRequest,
  DescribeImageComponents,
  DescribeImagePipelineExecutions,
  DescribeImagePipelines,
  decodeResponse,
  EcsApiError,
  EcsError,
  EcsValidationError,
  fromWireParams,
  normalizeResponse,
  operations,
  signRequest,
  signV1,
  signV3,
  toWireParams,
  validateRequest,
} from '../src/index.js';

describe('request', () => {
  test('wire spelling, with lists as arrays', () => {
    expectTypeOf<DescribeImagePipelinesRequest['RegionId']>().toEqualTypeOf<string>();
    expectTypeOf<DescribeImagePipelinesRequest['Tag']>().toEqualTypeOf<RequestTag[] | undefined>();
    expectTypeOf<RequestTag>().toEqualTypeOf<{ Key: string; Value?: string }>();
    expectTypeOf<DescribeImagePipelinesRequest['ImagePipelineId']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<DescribeImagePipelinesRequest['MaxResults']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<DescribeImagePipelinesRequest>().toHaveProperty('NextToken');
  });

  test('a full request compiles', () => {
    const ok: DescribeImagePipelinesRequest = {
      RegionId: 'cn-hangzhou',
      Tag: [{ Key: 'env', Value: 'prod' }, { Key: 'team' }],
      ImagePipelineId: ['ip-1'],
      Name: 'n',
      ResourceGroupId: 'rg-1',
      NextToken: 't',
      MaxResults: 50,
    };
    expectTypeOf(toWireParams(ok)).toEqualTypeOf<WireParams>();
  });

  test('mistakes are compile errors', () => {
    // @ts-expect-error RegionId is required
    const missingRegion: DescribeImagePipelinesRequest = { MaxResults: 10 };
    // @ts-expect-error misspelt parameter
    const misspelt: DescribeImagePipelinesRequest = { RegionId: 'cn-hangzhou', MaxResult: 10 };
    // @ts-expect-error MaxResults is a number, not a string
    const stringly: DescribeImagePipelinesRequest = { RegionId: 'cn-hangzhou', MaxResults: '50' };
    // @ts-expect-error a tag needs a Key
    const keyless: DescribeImagePipelinesRequest = { RegionId: 'cn-hangzhou', Tag: [{ Value: 'v' }] };
    // @ts-expect-error the request form of a tag is Key/Value, not the response's TagKey/TagValue
    const responseTag: DescribeImagePipelinesRequest = { RegionId: 'cn-hangzhou', Tag: [{ TagKey: 'k' }] };
    // @ts-expect-error ImagePipelineId is a list
    const scalarId: DescribeImagePipelinesRequest = { RegionId: 'cn-hangzhou', ImagePipelineId: 'ip-1' };
    void [missingRegion, misspelt, stringly, keyless, responseTag, scalarId];
  });

  test('validateRequest narrows unknown input to the request type of the rules object it is given', () => {
    expectTypeOf(validateRequest).parameter(1).toEqualTypeOf<unknown>();
    expectTypeOf(validateRequest(DescribeImageComponents, {})).toEqualTypeOf<DescribeImageComponentsRequest>();
    expectTypeOf(validateRequest<OperationSpec, RequestOf<'DescribeImageComponents'>>(DescribeImageComponents, {})).toEqualTypeOf<DescribeImageComponentsRequest>();
    expectTypeOf(checkRequest(DescribeImagePipelines, {})[0]!.parameter).toEqualTypeOf<string>();
    expectTypeOf(fromWireParams(DescribeImagePipelines, [])).toEqualTypeOf<Record<string, unknown>>();
  });
});

describe('response', () => {
  test('typed values and list wrappers', () => {
    expectTypeOf<DescribeImagePipelinesResponse['RequestId']>().toEqualTypeOf<string>();
    expectTypeOf<DescribeImagePipelinesResponse['TotalCount']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NonNullable<DescribeImagePipelinesResponse['ImagePipeline']>['ImagePipelineSet']>().toEqualTypeOf<ImagePipeline[] | undefined>();
    expectTypeOf<ImagePipeline['SystemDiskSize']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ImagePipeline['DeleteInstanceOnFailure']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<NonNullable<ImagePipeline['Tags']>['Tag']>().toEqualTypeOf<ResourceTag[] | undefined>();
    expectTypeOf<NonNullable<ImagePipeline['AddAccounts']>['AddAccount']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf(decodeResponse(DescribeImagePipelines, { status: 200, body: '' })).toEqualTypeOf<DescribeImagePipelinesResponse>();
    expectTypeOf(normalizeResponse(DescribeImageComponents, {})).toEqualTypeOf<DescribeImageComponentsResponse>();
    expectTypeOf(normalizeResponse<OperationSpec, ResponseOf<'DescribeImageComponents'>>(operations.DescribeImageComponents, {})).toEqualTypeOf<DescribeImageComponentsResponse>();
  });

  test('the error body', () => {
    expectTypeOf<EcsErrorBody['Code']>().toEqualTypeOf<string>();
    expectTypeOf<EcsErrorBody['Recommend']>().toEqualTypeOf<string | undefined>();
  });
});

describe('per action: RequestOf, ResponseOf, OperationTypes and the rules objects', () => {
  test('Action is every action of the spec, and the keys of OperationTypes and operations', () => {
    expectTypeOf<Action>().toEqualTypeOf<
      | 'DescribeImagePipelines'
      | 'DescribeImagePipelineExecutions'
      | 'DescribeImageComponents'
      | 'CreateImagePipeline'
      | 'DeleteImagePipeline'
      | 'StartImagePipelineExecution'
      | 'CancelImagePipelineExecution'
      | 'CreateImageComponent'
      | 'DeleteImageComponent'
    >();
    expectTypeOf<keyof OperationTypes>().toEqualTypeOf<Action>();
    expectTypeOf<keyof typeof operations>().toEqualTypeOf<Action>();
  });

  test('RequestOf and ResponseOf are the per-action types', () => {
    expectTypeOf<RequestOf<'DescribeImagePipelines'>>().toEqualTypeOf<DescribeImagePipelinesRequest>();
    expectTypeOf<RequestOf<'DescribeImagePipelineExecutions'>>().toEqualTypeOf<DescribeImagePipelineExecutionsRequest>();
    expectTypeOf<RequestOf<'DescribeImageComponents'>>().toEqualTypeOf<DescribeImageComponentsRequest>();
    expectTypeOf<ResponseOf<'DescribeImagePipelines'>>().toEqualTypeOf<DescribeImagePipelinesResponse>();
    expectTypeOf<ResponseOf<'DescribeImagePipelineExecutions'>>().toEqualTypeOf<DescribeImagePipelineExecutionsResponse>();
    expectTypeOf<ResponseOf<'DescribeImageComponents'>>().toEqualTypeOf<DescribeImageComponentsResponse>();
    expectTypeOf<OperationTypes['DescribeImageComponents']>().toEqualTypeOf<{ request: DescribeImageComponentsRequest; response: DescribeImageComponentsResponse }>();
    // @ts-expect-error not an action of the spec
    type Unknown = RequestOf<'DescribeImages'>;
  });

  test('DescribeImagePipelineExecutions: one ID of each kind, Status as text', () => {
    expectTypeOf<DescribeImagePipelineExecutionsRequest['ImagePipelineId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DescribeImagePipelineExecutionsRequest['ExecutionId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DescribeImagePipelineExecutionsRequest['Status']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DescribeImagePipelineExecutionsRequest['Tag']>().toEqualTypeOf<RequestTag[] | undefined>();
    const ok: DescribeImagePipelineExecutionsRequest = { RegionId: 'cn-hangzhou', ExecutionId: 'exec-1', Status: 'BUILDING,FAILED' };
    // @ts-expect-error this action takes one template ID, not a list
    const listed: DescribeImagePipelineExecutionsRequest = { RegionId: 'cn-hangzhou', ImagePipelineId: ['ip-1'] };
    // @ts-expect-error a parameter of another action
    const other: DescribeImagePipelineExecutionsRequest = { RegionId: 'cn-hangzhou', ExecutionId: 'e', ResourceGroupId: 'rg' };
    void [ok, listed, other];
    type Item = NonNullable<NonNullable<DescribeImagePipelineExecutionsResponse['ImagePipelineExecution']>['ImagePipelineExecutionSet']>[number];
    expectTypeOf<Item>().toEqualTypeOf<ImagePipelineExecution>();
    expectTypeOf<ImagePipelineExecution['Status']>().toEqualTypeOf<string | undefined>();
  });

  test('DescribeImageComponents: enums are string unions, ImageComponentId a list', () => {
    expectTypeOf<DescribeImageComponentsRequest['ComponentType']>().toEqualTypeOf<'Build' | 'Test' | undefined>();
    expectTypeOf<DescribeImageComponentsRequest['SystemType']>().toEqualTypeOf<'Linux' | 'Windows' | undefined>();
    expectTypeOf<DescribeImageComponentsRequest['Owner']>().toEqualTypeOf<'SELF' | 'ALIYUN' | undefined>();
    expectTypeOf<DescribeImageComponentsRequest['ImageComponentId']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<DescribeImageComponentsRequest['ComponentVersion']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error enum values are case-sensitive
    const lower: DescribeImageComponentsRequest = { RegionId: 'cn-hangzhou', Owner: 'self' };
    // @ts-expect-error ImageComponentId is a list
    const scalar: DescribeImageComponentsRequest = { RegionId: 'cn-hangzhou', ImageComponentId: 'ic-1' };
    void [lower, scalar];
    type Item = NonNullable<NonNullable<DescribeImageComponentsResponse['ImageComponent']>['ImageComponentSet']>[number];
    expectTypeOf<Item>().toEqualTypeOf<ImageComponent>();
    expectTypeOf<NonNullable<ImageComponent['Parameters']>['Parameter']>().toEqualTypeOf<ComponentParameter[] | undefined>();
  });

  test('the rules objects are literal data that fit OperationSpec', () => {
    expectTypeOf(DescribeImagePipelines).toExtend<OperationSpec>();
    expectTypeOf(DescribeImagePipelineExecutions).toExtend<OperationSpec>();
    expectTypeOf(DescribeImageComponents).toExtend<OperationSpec>();
    expectTypeOf(DescribeImagePipelines.action).toEqualTypeOf<'DescribeImagePipelines'>();
    expectTypeOf(DescribeImageComponents.request.properties.Owner.enum).toEqualTypeOf<readonly ['SELF', 'ALIYUN']>();
    expectTypeOf(DescribeImagePipelineExecutions.request['x-acs-any-required']).toEqualTypeOf<readonly ['ImagePipelineId', 'ExecutionId']>();
    expectTypeOf(DescribeImagePipelines.pagination).toExtend<PaginationSpec>();
    // `operations` types each entry as a rules object of its action (optional fields readable for any action).
    expectTypeOf(operations.DescribeImageComponents).toEqualTypeOf<OperationSpec & { readonly action: 'DescribeImageComponents' }>();
    expectTypeOf(DescribeImageComponents).toExtend<typeof operations.DescribeImageComponents>();
  });
});

describe('errors and signing', () => {
  test('isInstance narrows to the class it is called on', () => {
    const e: unknown = new Error('x');
    if (EcsApiError.isInstance(e)) {
      expectTypeOf(e).toEqualTypeOf<EcsApiError>();
      expectTypeOf(e.code).toEqualTypeOf<string>();
      expectTypeOf(e.retryAfterMs).toEqualTypeOf<number | undefined>();
    }
    if (EcsValidationError.isInstance(e)) expectTypeOf(e.issues[0]!.allowed).toEqualTypeOf<string>();
    if (EcsError.isInstance(e)) expectTypeOf(e.retryable).toEqualTypeOf<boolean>();
  });

  test('signers take credentials and return what to send', () => {
    const credentials: Credentials = { accessKeyId: 'id', accessKeySecret: 's' };
    // @ts-expect-error an AccessKey secret is required
    const noSecret: Credentials = { accessKeyId: 'id' };
    void noSecret;
    const common = { credentials, action: 'A', version: 'V', timestamp: 't', nonce: 'n' };
    expectTypeOf(signV3({ method: 'POST', url: 'https://h/', ...common })).resolves.toHaveProperty('headers').toEqualTypeOf<Record<string, string>>();
    expectTypeOf(signV1({ method: 'GET', params: [['RegionId', 'r']], ...common })).resolves.toHaveProperty('params').toEqualTypeOf<WireParams>();
    // @ts-expect-error format is JSON or XML
    void signV1({ method: 'GET', params: [], ...common, format: 'YAML' });
  });

  test('signRequest takes either version and resolves to a URL and headers', () => {
    const credentials: Credentials = { accessKeyId: 'id', accessKeySecret: 's' };
    const req: SignRequestInput = { signatureVersion: 'v1', method: 'GET', url: 'https://h/?A=1', headers: {}, credentials, action: 'A', version: 'V' };
    expectTypeOf(signRequest(req)).resolves.toEqualTypeOf<SignedRequest>();
    expectTypeOf<SignedRequest>().toEqualTypeOf<{ url: string; headers: Record<string, string> }>();
    // @ts-expect-error only v3 and v1
    const v2: SignRequestInput = { ...req, signatureVersion: 'v2' };
    void v2;
  });

  test('a verify result is a discriminated union', () => {
    const r = {} as VerifyResult;
    if (r.ok) expectTypeOf(r.algorithm).toEqualTypeOf<'v3' | 'v1'>();
    else expectTypeOf(r.code).toEqualTypeOf<'IncompleteSignature' | 'SignatureDoesNotMatch' | 'InvalidAccessKeyId.NotFound'>();
  });
});
