// The form of one action, built from its rules in core (types, limits, enums, lists, structs) and the spec's
// descriptions in the CLI's generated table. Every control is labelled with its wire name (`RegionId`,
// `Tag.1.Key`, `ImageOptions.ImageTags.2.Value`) and described by the spec's text and what core allows; lists
// grow and shrink (their items renumbered, as the wire numbers them); core's findings land on the control of
// the wire name they name.
import { allowed, type SchemaNode, type ValidationIssue } from '@org/ecs-pipelines-core';
import type { GeneratedCommand } from '../../generated/commands.gen.js';
import { h, replace, uid } from './dom.js';
import { type Draft, emptyDraft } from './draft.js';

/** A rendered form: its element, where each wire name's control is, and how to show core's findings. */
export interface RenderedForm {
  element: HTMLElement;
  /** Shows each issue on the control (or list, or struct) of its wire name; returns those it could not place. */
  showIssues(issues: readonly ValidationIssue[]): ValidationIssue[];
  clearIssues(): void;
  /** The control of a wire name (`Tag.1.Key`), if it is on the form. */
  control(wire: string): HTMLElement | undefined;
}

type Holder = { get(): Draft; set(value: Draft): void };

/** Text about a rule: required, what core allows, the default. */
function ruleText(schema: SchemaNode, required: boolean): string {
  const parts = [required ? 'Required.' : '', `Allowed: ${allowed(schema)}.`, schema.default !== undefined ? `Default: ${JSON.stringify(schema.default)}.` : ''];
  return parts.filter(Boolean).join(' ');
}

/** The spec's description of a wire path: a parameter's, or a struct field's (by path without list indexes). */
function describe(command: GeneratedCommand, path: readonly string[]): string {
  const param = command.flags.find((f) => f.param === path[0]);
  // A list item (`Tag.1`) has no text of its own: its list and its fields have.
  if (!param || /^\d+$/.test(path[path.length - 1]!)) return '';
  const bare = path.filter((p) => !/^\d+$/.test(p));
  if (bare.length === 1) return param.description;
  return param.fields?.[bare.join('.')] ?? '';
}

const plain = (text: string) => text.replace(/`([^`]*)`/g, '$1');

/** Renders the form of `command` over `drafts` (changed in place); `changed` is called after every edit. */
export function renderForm(command: GeneratedCommand, request: SchemaNode, drafts: Record<string, Draft>, changed: () => void): RenderedForm {
  const controls = new Map<string, HTMLElement>();
  const problems = new Map<string, HTMLElement>();
  const anyRequired = request['x-acs-any-required'];

  const field = (schema: SchemaNode, path: string[], holder: Holder, required: boolean, extra?: HTMLElement): HTMLElement => {
    const wire = path.join('.');
    const id = uid('f');
    const hintId = `${id}-hint`;
    const problemId = `${id}-problem`;
    const value = holder.get();
    const text = typeof value === 'string' ? value : '';
    const common = {
      id,
      name: wire,
      'data-wire': wire,
      'aria-describedby': `${hintId} ${problemId}`,
      'aria-required': required ? 'true' : undefined,
      autocomplete: 'off',
      spellcheck: 'false',
    };
    const onEdit = (e: Event) => {
      holder.set((e.target as HTMLInputElement).value);
      changed();
    };
    let control: HTMLElement;
    const choices = schema.enum ?? (schema.type === 'boolean' ? [true, false] : undefined);
    if (choices) {
      control = h('select', { ...common, onchange: onEdit }, h('option', { value: '' }, '(not set)'), choices.map((c) => h('option', { value: String(c), selected: String(c) === text }, String(c))));
    } else if (schema.type === 'string' && (schema.maxLength ?? 0) > 1024) {
      control = h('textarea', { ...common, rows: 6, oninput: onEdit });
      (control as HTMLTextAreaElement).value = text;
    } else {
      const numeric = schema.type === 'integer' || schema.type === 'number';
      control = h('input', { ...common, type: 'text', inputmode: numeric ? 'numeric' : undefined, oninput: onEdit });
      (control as HTMLInputElement).value = text;
    }
    controls.set(wire, control);
    const problem = h('p', { class: 'problem', id: problemId, 'aria-live': 'off' });
    problems.set(wire, problem);
    const description = plain(describe(command, path));
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, wire),
      control,
      h('p', { class: 'hint', id: hintId }, [description, ruleText(schema, required)].filter(Boolean).join('\n')),
      problem,
      extra,
    );
  };

  const group = (path: string[], legend: string, body: Array<HTMLElement | string>, described: string, problemKey: string): HTMLElement => {
    const hintId = uid('g');
    const problem = h('p', { class: 'problem', id: `${hintId}-problem` });
    problems.set(problemKey, problem);
    const set = h('fieldset', { 'data-wire': path.join('.'), 'aria-describedby': `${hintId} ${hintId}-problem` }, h('legend', {}, legend), h('p', { class: 'hint', id: hintId }, described), problem, ...body);
    controls.set(problemKey, set);
    return set;
  };

  const render = (schema: SchemaNode, path: string[], holder: Holder, required: boolean): HTMLElement => {
    const wire = path.join('.');
    const described = [plain(describe(command, path)), ruleText(schema, required)].filter(Boolean).join('\n');
    if (schema.type === 'array') {
      const item = schema.items ?? {};
      const items = h('div', {});
      const list = () => (Array.isArray(holder.get()) ? (holder.get() as Draft[]) : []);
      const add = h('button', {
        type: 'button',
        onclick: () => {
          holder.set([...list(), emptyDraft(item)]);
          draw();
          changed();
          (items.lastElementChild?.querySelector('input, select, textarea') as HTMLElement | null)?.focus();
        },
      }, `Add ${wire}`);
      const draw = () => {
        // Renumbered from 1 after every change: the labels are the wire names the request will have.
        for (const key of [...controls.keys()]) if (key.startsWith(`${wire}.`)) (controls.delete(key), problems.delete(key));
        replace(items, list().map((_, i) => {
          const at = [...path, String(i + 1)];
          const itemHolder: Holder = { get: () => list()[i]!, set: (v) => holder.set(list().map((x, j) => (j === i ? v : x))) };
          const remove = h('button', {
            type: 'button',
            onclick: () => {
              holder.set(list().filter((_, j) => j !== i));
              draw();
              changed();
              const next = items.children[Math.min(i, items.children.length - 1)];
              ((next?.querySelector('input, select, textarea') as HTMLElement | null) ?? add).focus();
            },
          }, `Remove ${at.join('.')}`);
          if (item.type === 'object') {
            const fields = Object.entries(item.properties ?? {}).map(([name, rule]) =>
              render(rule, [...at, name], child(itemHolder, name), item.required?.includes(name) ?? false));
            return group(at, at.join('.'), [...fields, h('div', { class: 'row' }, remove)], plain(describe(command, at)), at.join('.'));
          }
          return field(item, at, itemHolder, false, h('div', { class: 'row' }, remove));
        }));
      };
      draw();
      return group(path, wire, [items, h('div', { class: 'row' }, add)], described, wire);
    }
    if (schema.type === 'object') {
      const fields = Object.entries(schema.properties ?? {}).map(([name, rule]) => render(rule, [...path, name], child(holder, name), required && (schema.required?.includes(name) ?? false)));
      return group(path, wire, fields, described, wire);
    }
    return field(schema, path, holder, required);
  };

  const top = Object.entries(request.properties ?? {}).map(([name, rule]) => {
    const holder: Holder = { get: () => drafts[name] ?? emptyDraft(rule), set: (v) => (drafts[name] = v) };
    return render(rule, [name], holder, request.required?.includes(name) ?? false);
  });
  const element = h(
    'div',
    {},
    anyRequired ? h('p', { class: 'note' }, `Give at least one of ${anyRequired.join(', ')}.`) : null,
    top,
  );

  const place = (parameter: string): string | undefined => {
    const parts = parameter.split('.');
    for (let n = parts.length; n > 0; n--) {
      const key = parts.slice(0, n).join('.');
      if (problems.has(key)) return key;
    }
    return undefined;
  };

  return {
    element,
    control: (wire) => controls.get(wire),
    clearIssues() {
      for (const p of problems.values()) p.textContent = '';
      for (const c of controls.values()) c.removeAttribute('aria-invalid');
    },
    showIssues(issues) {
      const unplaced: ValidationIssue[] = [];
      for (const issue of issues) {
        const key = place(issue.parameter);
        if (key === undefined) {
          unplaced.push(issue);
          continue;
        }
        const p = problems.get(key)!;
        const line = `${issue.parameter} ${issue.problem} (allowed: ${issue.allowed})`;
        p.textContent = p.textContent ? `${p.textContent}\n${line}` : line;
        controls.get(key)?.setAttribute('aria-invalid', 'true');
      }
      return unplaced;
    },
  };
}

/** The holder of field `name` of the struct in `holder`. */
function child(holder: Holder, name: string): Holder {
  const record = () => {
    const v = holder.get();
    return typeof v === 'object' && !Array.isArray(v) ? v : {};
  };
  return { get: () => record()[name] ?? '', set: (value) => holder.set({ ...record(), [name]: value }) };
}
