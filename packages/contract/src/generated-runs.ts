// Generated build tasks that are still running hold their generated state — the demo data reads the same for
// a seed — until the emulator's clock is first advanced; from then on they run like created ones, from the
// state they were generated in (family reference §10.2). Otherwise a template whose generated task is, say,
// TESTING could never be deleted or built again. A CANCELLING one finishes its cancel.
import type { ImagePipeline, ImagePipelineExecution } from '@org/ecs-pipelines-core';
import { newImageId } from './ids.js';
import { planPhases, type Phase, type Run } from './lifecycle.js';

const ORDER: readonly Phase[] = ['PREPARING', 'REPAIRING', 'BUILDING', 'TESTING', 'DISTRIBUTING', 'RELEASING'];

/**
 * The run of a generated task in a running state: it entered that state at `sinceMs` (the unadvanced clock)
 * and goes on through its template's phases (the generated state added if the template would skip it).
 */
export function generatedRun(task: ImagePipelineExecution, template: ImagePipeline | undefined, sinceMs: number, stepMs: number): Run {
  const status = task.Status ?? '';
  const ref = String(task.ExecutionId ?? '').replace(/^exec-/, '');
  const imageId = task.ImageId || newImageId();
  if (status === 'CANCELLING') return { startMs: sinceMs, phases: [], imageId, ref, cancelMs: sinceMs };
  const planned = planPhases(template ?? {});
  const phases = ORDER.filter((p) => planned.includes(p) || p === status);
  const index = Math.max(0, phases.indexOf(status as Phase));
  return { startMs: sinceMs - index * stepMs, phases, imageId, ref };
}
