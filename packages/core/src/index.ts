export type { components, operations, paths } from './generated/schema.gen.js';
export { errorBodySchema, errorCodes, operation, responseSchema } from './generated/spec.gen.js';
export type {
  DescribeImagePipelinesRequest,
  DescribeImagePipelinesResponse,
  EcsErrorBody,
  ImagePipeline,
  RequestTag,
  ResourceTag,
} from './types.js';
