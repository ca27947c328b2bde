// auto-generated from spec/openapi.yaml by scripts/generate.mjs — do not edit.
// The emulator's Action → handler table. Each handler is hand-written in src/handlers/<action>.ts (the
// generator scaffolds a missing one); routing, signature checks, faults and decoding are generic.
import { handleDescribeImagePipelines } from '../handlers/describe-image-pipelines.js';
import { handleDescribeImagePipelineExecutions } from '../handlers/describe-image-pipeline-executions.js';
import { handleDescribeImageComponents } from '../handlers/describe-image-components.js';
import { handleCreateImagePipeline } from '../handlers/create-image-pipeline.js';
import { handleDeleteImagePipeline } from '../handlers/delete-image-pipeline.js';
import { handleStartImagePipelineExecution } from '../handlers/start-image-pipeline-execution.js';
import { handleCancelImagePipelineExecution } from '../handlers/cancel-image-pipeline-execution.js';
import { handleCreateImageComponent } from '../handlers/create-image-component.js';
import { handleDeleteImageComponent } from '../handlers/delete-image-component.js';
import type { Handlers } from '../handler.js';

/** Every action of the spec with its handler. */
export const handlers: Handlers = {
  DescribeImagePipelines: handleDescribeImagePipelines,
  DescribeImagePipelineExecutions: handleDescribeImagePipelineExecutions,
  DescribeImageComponents: handleDescribeImageComponents,
  CreateImagePipeline: handleCreateImagePipeline,
  DeleteImagePipeline: handleDeleteImagePipeline,
  StartImagePipelineExecution: handleStartImagePipelineExecution,
  CancelImagePipelineExecution: handleCancelImagePipelineExecution,
  CreateImageComponent: handleCreateImageComponent,
  DeleteImageComponent: handleDeleteImageComponent,
};
