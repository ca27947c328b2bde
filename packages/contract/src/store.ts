// The emulator's data set: pipelines, their build tasks and the image components, by region. Built once
// from the options (generated from a seed, or pipelines loaded from a file) and only read afterwards.
import type { ImageComponent, ImagePipeline, ImagePipelineExecution } from '@org/ecs-pipelines-core';
import { generateComponents, type ComponentData } from './data-components.js';
import { generateExecutions, type ExecutionData } from './data-executions.js';
import type { PipelineData } from './data.js';

/** Everything the emulator serves, by region ID. */
export interface EmulatorData {
  pipelines: PipelineData;
  executions: ExecutionData;
  components: ComponentData;
}

/** One region's share of {@link EmulatorData}, what a handler reads. */
export interface RegionData {
  pipelines: readonly ImagePipeline[];
  executions: readonly ImagePipelineExecution[];
  components: readonly ImageComponent[];
}

/** Completes pipelines with generated executions and components (`regions` are all served regions). */
export function buildData(pipelines: PipelineData, regions: readonly string[], options: { executionsPerPipeline: number; componentsPerRegion: number; seed: number | string }): EmulatorData {
  return {
    pipelines,
    executions: generateExecutions(pipelines, { perPipeline: options.executionsPerPipeline, seed: options.seed }),
    components: generateComponents(regions, { perRegion: options.componentsPerRegion, seed: options.seed }),
  };
}

/** The data of one served region. */
export function regionData(data: EmulatorData, region: string): RegionData {
  return { pipelines: data.pipelines[region] ?? [], executions: data.executions[region] ?? [], components: data.components[region] ?? [] };
}

/** True when the emulator serves `region` (a region of the data, not a prototype key). */
export function servesRegion(data: EmulatorData, region: string): boolean {
  return Object.hasOwn(data.pipelines, region);
}
