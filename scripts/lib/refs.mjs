// Local `$ref` resolution for the spec diff. References are followed lazily while walking (not expanded up
// front) so the walker knows the component a node came from: a change inside `ImagePipeline` is reported as
// `ImagePipeline.Foo` once, wherever that schema is used.

/**
 * Follows a chain of local `$ref`s (`#/components/schemas/X`).
 * @returns {{ node: any, ref?: string, name?: string }} the target, the last `$ref` followed, and the
 *   component name when that `$ref` points into `components/schemas` (and carries no siblings).
 */
export function resolveRef(spec, node) {
  let ref;
  const visited = new Set();
  // OpenAPI 3.1 lets a `$ref` carry siblings (`description`, …); they override the target's own.
  let siblings = {};
  while (node && typeof node === 'object' && typeof node.$ref === 'string') {
    const { $ref: _, ...own } = node;
    siblings = { ...own, ...siblings };
    ref = node.$ref;
    if (visited.has(ref)) throw new Error(`circular $ref ${ref}`);
    visited.add(ref);
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
    const target = ref
      .slice(2)
      .split('/')
      .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce((o, k) => o?.[k], spec);
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
    node = target;
  }
  // With siblings the node is no longer exactly the component, so it is reported where it is used.
  if (Object.keys(siblings).length && node && typeof node === 'object') return { node: { ...node, ...siblings }, ref };
  const m = ref && /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return { node, ref, name: m ? m[1] : undefined };
}
