export type { DescribeImagePipelinesResponseBody, ImagePipeline } from './generated/types.gen.js';
