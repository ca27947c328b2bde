// The subcommands are derived, not written: for every action of the generated table, its flags, help and
// table columns come from the generated command and core's rules. Nothing here lists an action's flags.
import { allowed, operations, type OperationSpec } from '@org/ecs-pipelines-core';
import { describe, expect, it } from 'vitest';
import { commandNames, commands, findCommand, SHORT_FORMS } from '../src/commands/catalog.js';
import { commandHelp } from '../src/commands/command-help.js';
import { isField, kebab, LONG_TEXT, operationOf, paramFlags, paramFlagSpecs, positionalFlag } from '../src/commands/param-flags.js';
import { mainHelp } from '../src/help.js';
import { cellText, chooseFields, columnsFor } from '../src/output/columns.js';

const itemSchema = (action: string) => {
  const op: OperationSpec = operationOf(action);
  const [wrapper, list] = op.pagination!.items;
  return op.response.properties![wrapper]!.properties![list]!.items!;
};

describe.each(commands.map((c) => [c.name, c] as const))('%s', (name, command) => {
  const resolved = findCommand(name)!;
  const flags = paramFlags(resolved);
  const op = operationOf(command.action);

  it('has one flag per request parameter of the spec (one per field of a flat struct), RegionId being --region', () => {
    const props = op.request.properties!;
    expect(Object.keys(props).filter((p) => p !== 'RegionId').sort()).toEqual([...new Set(flags.map((f) => f.param))].sort());
    const whole = flags.filter((f) => !isField(f));
    expect(whole.map((f) => `--${f.spec.name}`)).toEqual(command.flags.filter((f) => f.param !== 'RegionId' && props[f.param]?.['x-acs-style'] !== 'flat').map((f) => f.flag));
    // Every scalar or list at the end of a struct's path has its flag, spelt like the wire path.
    for (const f of flags.filter(isField)) {
      expect(f.spec.name).toBe([command.flags.find((g) => g.param === f.param)!.flag.slice(2), ...f.path.slice(1).map(kebab)].join('.'));
      let rule = props[f.param]!;
      for (const key of f.path.slice(1)) rule = rule.properties![key]!;
      expect(rule).toBe(f.schema);
      expect(f.schema.type).not.toBe('object');
    }
  });

  it('types each flag by core\'s rule: lists repeatable, integers N, enums listed, long text from a file too', () => {
    for (const f of flags) {
      expect(f.spec.repeatable === true, f.param).toBe(f.schema.type === 'array');
      expect(f.spec.kind === 'boolean', f.param).toBe(f.schema.type === 'boolean');
      if (f.schema.type === 'integer') expect(f.spec.value).toBe('N');
      if (f.schema.enum && f.schema.enum.join('|').length <= 40) expect(f.spec.value).toBe(f.schema.enum.join('|'));
      expect(f.fileFlag !== undefined, f.param).toBe(f.schema.type === 'string' && (f.schema.maxLength ?? 0) > LONG_TEXT);
    }
    if (op.pagination) expect(paramFlagSpecs(flags).map((s) => s.name)).toEqual(expect.arrayContaining(['page-size', 'starting-token']));
  });

  it('has help from the spec: summary, description, each parameter\'s description and what core allows', () => {
    const help = commandHelp(resolved, flags);
    expect(help).toContain(`ecs-pipelines ${name} — ${command.summary} (${command.action})`);
    expect(help).toContain(command.description);
    for (const f of flags) {
      expect(help).toContain(`--${f.spec.name}`);
      for (const line of f.description.split('\n')) expect(help).toContain(line);
      expect(help).toContain(`Allowed: ${allowed(f.schema)}`);
    }
    expect(mainHelp()).toContain(`${name} `);
    expect(mainHelp()).toContain(command.summary);
  });

  it('picks table columns from the item schema: the ID first, CreationTime last, only scalar fields', () => {
    if (!op.pagination) return;
    const item = itemSchema(command.action);
    const fields = chooseFields(item, op.pagination.items[1]);
    expect(fields.length).toBeLessThanOrEqual(6);
    expect(fields[0]).toMatch(/Id$/);
    expect(fields.at(-1)).toBe('CreationTime');
    for (const f of fields) expect(['string', 'integer', 'number', 'boolean']).toContain(item.properties![f]!.type);
  });
});

describe('column choice', () => {
  it.each([
    ['DescribeImagePipelines', ['ImagePipelineId', 'Name', 'Description', 'BaseImageType', 'BaseImage', 'CreationTime']],
    ['DescribeImagePipelineExecutions', ['ExecutionId', 'Status', 'ImagePipelineId', 'ImageId', 'Message', 'CreationTime']],
    ['DescribeImageComponents', ['ImageComponentId', 'Name', 'ComponentVersion', 'ComponentType', 'SystemType', 'CreationTime']],
  ])('%s: %j', (action, expected) => {
    expect(chooseFields(itemSchema(action), operationOf(action).pagination!.items[1])).toEqual(expected);
  });

  it('the ID and times give width last, names and states after the rest', () => {
    const cols = columnsFor(['ExecutionId', 'Status', 'ImagePipelineId', 'CreationTime'], 'ImagePipelineExecutionSet');
    expect(cols.map((c) => c.gives)).toEqual([0, 1, 2, 0]);
    expect(cols.map((c) => c.time)).toEqual([false, false, false, true]);
  });

  it('prints list wrappers as their list, objects as JSON', () => {
    expect(cellText({ ToRegionId: ['a', 'b'] })).toBe('a,b');
    expect(cellText({ A: 1, B: 2 })).toBe('{"A":1,"B":2}');
    expect(cellText(3)).toBe('3');
    expect(cellText(undefined)).toBe('');
  });
});

describe('short forms', () => {
  it.each(SHORT_FORMS.map((s) => [s.name, s] as const))('%s stands for a generated command; its aliases and columns exist', (_, s) => {
    const resolved = findCommand(s.name)!;
    expect(resolved.command.name).toBe(s.command);
    const flags = paramFlags(resolved);
    for (const [alias, flag] of Object.entries(s.flagAliases)) expect(flags.find((f) => `--${f.spec.name}` === flag)?.aliases).toContain(alias);
    if (!s.columns) return;
    const item = itemSchema(resolved.command.action);
    for (const c of s.columns) expect(Object.keys(item.properties!)).toContain(c);
  });

  it('start and cancel take their one required ID as an argument (the rule of every such action)', () => {
    expect(positionalFlag(paramFlags(findCommand('start')!))?.param).toBe('ImagePipelineId');
    expect(positionalFlag(paramFlags(findCommand('cancel')!))?.param).toBe('ExecutionId');
    const taking = commands.filter((c) => positionalFlag(paramFlags(findCommand(c.name)!))).map((c) => c.action);
    for (const action of taking) {
      const required = Object.keys(operationOf(action).request.properties!).filter((p) => p !== 'RegionId' && operationOf(action).request.required?.includes(p));
      expect(required, action).toHaveLength(1);
      expect(required[0]).toMatch(/Id$/);
    }
    // A required enum (BaseImageType) or text (Content) is never an argument.
    expect(taking).not.toContain('CreateImagePipeline');
    expect(taking).not.toContain('CreateImageComponent');
  });

  it('every name is unique and every action of core has a subcommand', () => {
    const names = commandNames();
    expect(new Set(names).size).toBe(names.length);
    expect(commands.map((c) => c.action).sort()).toEqual(Object.keys(operations).sort());
  });
});

describe('flag names that would collide', () => {
  it('a parameter named like a common flag gets the prefix param-; an alias never shadows a parameter\'s flag', () => {
    const base = findCommand('describe-image-components')!;
    const command = {
      ...base.command,
      flags: [...base.command.flags, { flag: '--output', param: 'Output', required: false, description: 'x' }, { flag: '--page-size', param: 'PageSize', required: false, description: 'y' }],
    };
    const flags = paramFlags({ name: command.name, command });
    expect(flags.find((f) => f.param === 'Output')!.spec.name).toBe('param-output');
    expect(flags.find((f) => f.param === 'PageSize')!.spec.name).toBe('page-size');
    expect(flags.find((f) => f.param === 'MaxResults')!.aliases).toEqual([]);
    const names = paramFlagSpecs(flags).map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
