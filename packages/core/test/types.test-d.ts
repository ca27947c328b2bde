// The public types: what compiles and, as important, what must not.
import { describe, expectTypeOf, test } from 'vitest';
import type {
  Credentials,
  DescribeImagePipelinesRequest,
  DescribeImagePipelinesResponse,
  EcsErrorBody,
  ImagePipeline,
  RequestTag,
  ResourceTag,
  VerifyResult,
  WireParams,
} from '../src/index.js';
import { decodeResponse, EcsApiError, EcsError, EcsValidationError, signV1, signV3, toWireParams, validateRequest } from '../src/index.js';

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

  test('validateRequest narrows unknown input', () => {
    expectTypeOf(validateRequest).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(validateRequest).returns.toEqualTypeOf<DescribeImagePipelinesRequest>();
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
    expectTypeOf(decodeResponse).returns.toEqualTypeOf<DescribeImagePipelinesResponse>();
  });

  test('the error body', () => {
    expectTypeOf<EcsErrorBody['Code']>().toEqualTypeOf<string>();
    expectTypeOf<EcsErrorBody['Recommend']>().toEqualTypeOf<string | undefined>();
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

  test('a verify result is a discriminated union', () => {
    const r = {} as VerifyResult;
    if (r.ok) expectTypeOf(r.algorithm).toEqualTypeOf<'v3' | 'v1'>();
    else expectTypeOf(r.code).toEqualTypeOf<'IncompleteSignature' | 'SignatureDoesNotMatch' | 'InvalidAccessKeyId.NotFound'>();
  });
});
