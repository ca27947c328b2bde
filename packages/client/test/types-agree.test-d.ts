// The two generators (openapi-typescript in core, @hey-api/openapi-ts here) must describe the same wire types.
import type { components, operations, paths } from '@org/ecs-pipelines-core';
import { expectTypeOf, test } from 'vitest';
import type {
  DescribeImagePipelinesData,
  DescribeImagePipelinesResponses,
  EcsErrorBody,
  ImagePipeline,
  RequestTag,
} from '../src/generated/types.gen.js';

type Ok = paths['/']['get']['responses'][200]['content']['application/json'];

test('response body agrees', () => {
  expectTypeOf<DescribeImagePipelinesResponses[200]>().toEqualTypeOf<Ok>();
  expectTypeOf<ImagePipeline>().toEqualTypeOf<components['schemas']['ImagePipeline']>();
});

test('request parameters agree', () => {
  expectTypeOf<NonNullable<DescribeImagePipelinesData['query']>>().toEqualTypeOf<
    NonNullable<operations['describeImagePipelines']['parameters']['query']>
  >();
  expectTypeOf<RequestTag>().toEqualTypeOf<components['schemas']['RequestTag']>();
});

test('error body agrees', () => {
  expectTypeOf<EcsErrorBody>().toEqualTypeOf<components['schemas']['EcsErrorBody']>();
});
