// Which fields of an item a table shows, chosen from the item's schema by one rule for every item type: the
// item's ID field, `Name`, `Status`, then the first other scalar fields in spec order, and `CreationTime`
// last; at most six. Also how each column behaves when the terminal is narrow, and how a value prints.
import type { SchemaNode } from '@org/ecs-pipelines-core';

/** One column: its header (the field name), and how it gives up width (see table.ts `fitWidths`). */
export interface Column {
  readonly header: string;
  /** The width it keeps as long as it can. */
  readonly comfortable: number;
  /** The narrowest it may be squeezed to. */
  readonly min: number;
  /** 2 gives first, 1 next (names, states: what people read), 0 last (IDs people copy, times). */
  readonly gives: 0 | 1 | 2;
  /** A time: shortens to minutes, then to the date, rather than being cut. */
  readonly time: boolean;
}

const MAX_COLUMNS = 6;
const SCALAR = new Set(['string', 'integer', 'number', 'boolean']);

/** `ImagePipelineExecutionSet` → `ImagePipelineExecution`: the item type a list holds. */
export const itemTypeOf = (listName: string): string => listName.replace(/Set$/, '');

/** The item's own ID field: `<Type>Id`, or the longest `<X>Id` whose X ends the type name (`ExecutionId`). */
export function idField(fields: readonly string[], itemType: string): string | undefined {
  const candidates = fields.filter((f) => f.endsWith('Id') && f.length > 2 && itemType.endsWith(f.slice(0, -2)));
  return candidates.sort((a, b) => b.length - a.length)[0] ?? fields.find((f) => f.endsWith('Id'));
}

/** The fields a table of `item`s (held in list `listName`) shows, by the rule above. */
export function chooseFields(item: SchemaNode, listName: string): string[] {
  const props = item.properties ?? {};
  const fields = Object.keys(props);
  const scalar = fields.filter((f) => SCALAR.has(props[f]!.type ?? ''));
  const id = idField(scalar, itemTypeOf(listName));
  const time = scalar.includes('CreationTime') ? 'CreationTime' : undefined;
  const chosen = [id, ...['Name', 'Status'].filter((f) => scalar.includes(f))].filter((f): f is string => f !== undefined);
  for (const f of scalar) {
    if (chosen.length >= MAX_COLUMNS - (time ? 1 : 0)) break;
    if (!chosen.includes(f) && f !== time) chosen.push(f);
  }
  return time ? [...chosen, time] : chosen;
}

/** How column `field` behaves; `id` is the item's ID field. */
export function columnFor(field: string, id: string | undefined): Column {
  const header = field;
  if (field === id) return { header, comfortable: header.length, min: 8, gives: 0, time: false };
  if (/Time$/.test(field)) return { header, comfortable: header.length, min: 10, gives: 0, time: true };
  if (field === 'Name' || field === 'Status') return { header, comfortable: 12, min: 6, gives: 1, time: false };
  return { header, comfortable: header.length, min: 6, gives: 2, time: false };
}

/** The columns for `fields` of items held in `listName`. */
export function columnsFor(fields: readonly string[], listName: string): Column[] {
  const id = idField(fields, itemTypeOf(listName));
  return fields.map((f) => columnFor(f, id));
}

/** A value as one cell's text: scalars as themselves, lists joined with commas, a list wrapper as its list. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).join(',');
  if (typeof value === 'object') {
    const entries = Object.entries(value);
    // `ToRegionIds: { ToRegionId: [...] }`: the wire's list wrapper around one list.
    return entries.length === 1 && Array.isArray(entries[0]![1]) ? cellText(entries[0]![1]) : JSON.stringify(value);
  }
  return String(value);
}

/** `field` of `item`, when `item` is an object that has it. */
export function fieldOf(item: unknown, field: string): unknown {
  return typeof item === 'object' && item !== null && Object.hasOwn(item, field) ? Reflect.get(item, field) : undefined;
}
