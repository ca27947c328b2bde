// The emulator's DeleteImageComponent (family reference §9.1): only your own (`Owner=SELF`) components, and
// not while a template of the region references them (by ID, or by name with a version pattern they fit).
import { componentInUse, imageComponentNotFound } from '../builder-errors.js';
import type { Handler } from '../handler.js';
import { usesComponent } from '../template-rules.js';

/** Delete an image component. */
export const handleDeleteImageComponent: Handler<'DeleteImageComponent'> = (input, { region, data, state }) => {
  const component = data.components.find((c) => c.ImageComponentId === input.ImageComponentId);
  // An Alibaba Cloud (ALIYUN) component: what the service answers is undocumented (§13 Q13). We answer
  // InvalidImageComponent.NotFound (404), one of the action's two documented codes: the action deletes your
  // own components, and a system component is not among them (InUse would suggest it could be freed).
  if (!component || component.Owner !== 'SELF') return { ok: false, error: imageComponentNotFound(input.ImageComponentId) };
  const user = data.pipelines.find((p) => usesComponent(p, component));
  if (user) return { ok: false, error: componentInUse(input.ImageComponentId, user.ImagePipelineId ?? '') };
  state.remove('components', region, input.ImageComponentId);
  return { ok: true, body: {} };
};
