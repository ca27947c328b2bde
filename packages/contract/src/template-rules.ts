// Rules the image builder's write handlers share: duplicate tag keys (family reference §2.6), the components
// a template's content references (§12: they must exist; Build components only in BuildContent, Test ones
// only in TestContent), which templates use a component, and a template's running build task (§10.3).
import type { ImageComponent, ImagePipeline, ImagePipelineExecution } from '@org/ecs-pipelines-core';
import { componentNotFound, componentNotSupported } from './builder-errors.js';
import { componentRefs, resolveRef, versionMatcher } from './content.js';
import type { ServiceError } from './errors.js';
import { FINAL_STATES } from './execution-states.js';

/** The first tag key given twice, if any. */
export function duplicateKey(tags: ReadonlyArray<{ Key: string }> | undefined): string | undefined {
  const seen = new Set<string>();
  for (const t of tags ?? []) {
    if (seen.has(t.Key)) return t.Key;
    seen.add(t.Key);
  }
  return undefined;
}

/**
 * Why the `COMPONENT` lines of `content` (the value of `parameter`, BuildContent or TestContent) cannot be
 * built from `components`: one names no component (`ImageComponent.NotFound`), or one of the other type
 * (`InvalidImageComponent.NotSupported`). Undefined when they all can.
 */
export function componentProblem(content: string | undefined, parameter: 'BuildContent' | 'TestContent', components: readonly ImageComponent[]): ServiceError | undefined {
  const want = parameter === 'BuildContent' ? 'Build' : 'Test';
  for (const ref of componentRefs(content ?? '')) {
    const component = resolveRef(ref, components);
    if (!component) return componentNotFound(ref.text);
    if (component.ComponentType && component.ComponentType !== want) return componentNotSupported(ref.text, component.ComponentType, parameter);
  }
  return undefined;
}

/**
 * True when `pipeline` references `component`: by its ID, or by its name with a version pattern it fits
 * (a reference by name could pick it, so deleting it could break the template; family reference §13 Q13).
 */
export function usesComponent(pipeline: ImagePipeline, component: ImageComponent): boolean {
  const refs = [...componentRefs(pipeline.BuildContent ?? ''), ...componentRefs(pipeline.TestContent ?? '')];
  return refs.some((r) => r.id === component.ImageComponentId || (r.name !== undefined && r.name === component.Name && (!r.version || versionMatcher(r.version)(component.ComponentVersion ?? ''))));
}

/** The build task of `pipelineId` that has not reached a final state, if any (at most one exists). */
export function runningTask(executions: readonly ImagePipelineExecution[], pipelineId: string): ImagePipelineExecution | undefined {
  return executions.find((e) => e.ImagePipelineId === pipelineId && !FINAL_STATES.has(e.Status ?? ''));
}
