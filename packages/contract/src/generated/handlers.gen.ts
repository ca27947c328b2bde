// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.
// The emulator's Action → handler table. Each handler is hand-written in src/handlers/<action>.ts (the
// generator scaffolds a missing one); routing, signature checks, faults and decoding are generic.
import { handleDescribeImagePipelines } from '../handlers/describe-image-pipelines.js';
import { handleDescribeImagePipelineExecutions } from '../handlers/describe-image-pipeline-executions.js';
import { handleDescribeImageComponents } from '../handlers/describe-image-components.js';
import type { Handlers } from '../handler.js';

/** Every action of the spec with its handler. */
export const handlers: Handlers = {
  DescribeImagePipelines: handleDescribeImagePipelines,
  DescribeImagePipelineExecutions: handleDescribeImagePipelineExecutions,
  DescribeImageComponents: handleDescribeImageComponents,
};
