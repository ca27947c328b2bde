// A JSON value as a collapsible tree: objects and arrays are <details> (keyboard-operable by the browser),
// open to `openDepth`; scalars are shown as JSON.
import { h } from './dom.js';

const scalar = (v: unknown) => h('span', { class: typeof v === 'string' ? 's' : 'n' }, JSON.stringify(v) ?? String(v));

function node(key: string | undefined, value: unknown, depth: number, openDepth: number): HTMLElement {
  const label = key === undefined ? [] : [h('span', { class: 'k' }, key), ': '];
  if (value === null || typeof value !== 'object') return h('li', {}, ...label, scalar(value));
  const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  const shape = Array.isArray(value) ? `[${entries.length} ${entries.length === 1 ? 'item' : 'items'}]` : `{${entries.length} ${entries.length === 1 ? 'field' : 'fields'}}`;
  if (entries.length === 0) return h('li', {}, ...label, h('span', { class: 'n' }, Array.isArray(value) ? '[]' : '{}'));
  return h(
    'li',
    {},
    h('details', { open: depth < openDepth }, h('summary', {}, ...label, h('span', { class: 'note' }, shape)), h('ul', {}, entries.map(([k, v]) => node(k, v, depth + 1, openDepth)))),
  );
}

/** The tree of `value`, labelled for assistive technology. */
export function jsonTree(value: unknown, label: string, openDepth = 3): HTMLElement {
  return h('ul', { class: 'tree', 'aria-label': label }, node(undefined, value, 0, openDepth));
}
