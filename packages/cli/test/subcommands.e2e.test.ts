// The generated subcommands of the new actions, through the built binary against the embedded emulator
// (`--emulator`): filters, paging, the table's derived columns, help from the spec, "did you mean". The
// expected data comes from an emulator built in this process with the same (default, seeded) options.
import { createEmulator } from '@org/ecs-pipelines-contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli, tempHome } from './helpers/cli.js';

const home = tempHome();
const oracle = createEmulator();
const REGION = 'cn-hangzhou';
const executions = () => oracle.executions[REGION]!;
const components = () => oracle.components[REGION]!;
let runs = 0;
const cli = (args: string[], env: Record<string, string> = {}) => (runs++, runCli(args, { HOME: home.dir, ...env }));
const json = async (args: string[]) => {
  const r = await cli([...args, '--emulator', '-o', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const tableLines = async (args: string[], columns = '200') => {
  const r = await cli([...args, '--emulator', '-o', 'table'], { COLUMNS: columns });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trimEnd().split('\n');
};
const idsOf = (list: ReadonlyArray<{ ExecutionId?: string; ImageComponentId?: string }>) => list.map((x) => x.ExecutionId ?? x.ImageComponentId);

beforeAll(() => assertBuilt());
afterAll(() => {
  home.cleanup();
  console.log(`subcommands e2e: ${runs} runs of the built binary against its embedded emulator`);
});

describe('describe-image-pipeline-executions', () => {
  // A pipeline with tasks in more than one state, so a state filter has something to drop.
  const pipeline = () => {
    const byPipeline = new Map<string, Set<string>>();
    for (const e of executions()) byPipeline.set(e.ImagePipelineId!, (byPipeline.get(e.ImagePipelineId!) ?? new Set()).add(e.Status!));
    return [...byPipeline].find(([, states]) => states.size > 1)![0];
  };

  it('--image-pipeline-id --all: every task of that pipeline, in the emulator\'s order', async () => {
    const expected = executions().filter((e) => e.ImagePipelineId === pipeline());
    expect(expected.length).toBeGreaterThan(1);
    expect(idsOf(await json(['describe-image-pipeline-executions', '--image-pipeline-id', pipeline(), '--all']))).toEqual(idsOf(expected));
  });

  it('--status keeps the tasks in the given states (a comma-separated list)', async () => {
    const mine = executions().filter((e) => e.ImagePipelineId === pipeline());
    const state = mine[0]!.Status!;
    const one = await json(['describe-image-pipeline-executions', '--image-pipeline-id', pipeline(), '--status', state, '--all']);
    expect(idsOf(one)).toEqual(idsOf(mine.filter((e) => e.Status === state)));
    expect(one.length).toBeLessThan(mine.length);
    const states = [...new Set(mine.map((e) => e.Status!))];
    const both = await json(['describe-image-pipeline-executions', '--image-pipeline-id', pipeline(), '--status', states.join(','), '--all']);
    expect(idsOf(both)).toEqual(idsOf(mine));
  });

  it('--execution-id alone finds one task; one page prints the response body', async () => {
    const target = executions()[5]!;
    const page = await json(['describe-image-pipeline-executions', '--execution-id', target.ExecutionId!]);
    expect(page.ImagePipelineExecution.ImagePipelineExecutionSet).toEqual([target]);
    expect(page).toMatchObject({ TotalCount: 1, RequestId: expect.any(String) });
  });

  it('a table shows the derived columns: ExecutionId, Status, then the first fields, CreationTime', async () => {
    const lines = await tableLines(['describe-image-pipeline-executions', '--image-pipeline-id', pipeline(), '--all']);
    expect(lines[0]).toMatch(/^ExecutionId\s+Status\s+ImagePipelineId\s+ImageId\s+Message\s+CreationTime$/);
    const expected = executions().filter((e) => e.ImagePipelineId === pipeline());
    expect(lines.at(-1)).toBe(`${expected.length} of ${expected.length}`);
    for (const [i, e] of expected.entries()) expect(lines[i + 1]).toMatch(new RegExp(`^${e.ExecutionId}\\s+${e.Status}\\s+${e.ImagePipelineId}\\s`));
  });

  it('sends DescribeImagePipelineExecutions with the flags as wire parameters', async () => {
    const r = await cli(['describe-image-pipeline-executions', '--emulator', '--image-pipeline-id', pipeline(), '--status', 'BUILDING', '--page-size', '7', '--verbose']);
    expect(r.code).toBe(0);
    const url = /^> GET (\S+)/m.exec(r.stderr)![1]!;
    const query = new URL(url).searchParams;
    expect(Object.fromEntries(query)).toMatchObject({ ImagePipelineId: pipeline(), Status: 'BUILDING', MaxResults: '7', RegionId: REGION });
    // V3 names the action in a signed header.
    expect(r.stderr).toMatch(/^>\s+x-acs-action: DescribeImagePipelineExecutions$/m);
  });
});

describe('describe-image-components', () => {
  it.each(['SELF', 'ALIYUN'])('--owner %s --all: only that owner\'s components', async (owner) => {
    const expected = components().filter((c) => c.Owner === owner);
    expect(expected.length).toBeGreaterThan(0);
    expect(idsOf(await json(['describe-image-components', '--owner', owner, '--all']))).toEqual(idsOf(expected));
  });

  it('--component-type and --owner together', async () => {
    const expected = components().filter((c) => c.ComponentType === 'Test' && c.Owner === 'SELF');
    expect(idsOf(await json(['describe-image-components', '--component-type', 'Test', '--owner', 'SELF', '--all']))).toEqual(idsOf(expected));
  });

  it('--all pages through every component (--page-size 4), ndjson one per line as pages arrive', async () => {
    const r = await cli(['describe-image-components', '--emulator', '--all', '--page-size', '4', '-o', 'ndjson', '--verbose']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(idsOf(lines)).toEqual(idsOf(components()));
    expect(r.stderr.match(/^> GET /gm)).toHaveLength(Math.ceil(components().length / 4));
  });

  it('--max-items stops after N components without another page; --image-component-id repeats', async () => {
    const r = await cli(['describe-image-components', '--emulator', '--max-items', '5', '--page-size', '4', '-o', 'json', '--verbose']);
    expect(idsOf(JSON.parse(r.stdout))).toEqual(idsOf(components().slice(0, 5)));
    expect(r.stderr.match(/^> GET /gm)).toHaveLength(2);
    const [a, b] = [components()[2]!, components()[7]!];
    const byId = await json(['describe-image-components', '--image-component-id', a.ImageComponentId!, '--image-component-id', b.ImageComponentId!, '--all']);
    expect(idsOf(byId).sort()).toEqual([a.ImageComponentId, b.ImageComponentId].sort());
  });

  it('a table shows ImageComponentId, Name, ComponentVersion, ComponentType, SystemType, CreationTime; one page says how to go on', async () => {
    const lines = await tableLines(['describe-image-components', '--page-size', '3']);
    expect(lines[0]).toMatch(/^ImageComponentId\s+Name\s+ComponentVersion\s+ComponentType\s+SystemType\s+CreationTime$/);
    const c = components()[0]!;
    expect(lines[1]).toMatch(new RegExp(`^${c.ImageComponentId}\\s+${c.Name}\\s+${c.ComponentVersion!.replace(/\./g, '\\.')}\\s+${c.ComponentType}\\s+${c.SystemType}\\s+${c.CreationTime}$`));
    expect(lines.at(-2)).toBe(`3 of ${components().length}`);
    expect(lines.at(-1)).toMatch(/^more: add --all, or --next-token \S+$/);
  });

  it('a narrow terminal keeps the ID whole and every line within the width', async () => {
    const lines = await tableLines(['describe-image-components', '--all'], '70');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(70);
    expect(lines[1]).toContain(components()[0]!.ImageComponentId);
  });
});

describe('help and names', () => {
  it.each([
    ['describe-image-pipeline-executions', ['Query image build tasks (DescribeImagePipelineExecutions)', '--image-pipeline-id ID', '--execution-id ID', '--status STATUS',
      'Give `ImagePipelineId`, `ExecutionId` or both', 'Allowed: a string matching ^(PREPARING', '--page-size', '--starting-token', '--all', '--max-items', '--tag KEY[=VALUE]   (Tag.N, repeatable)']],
    ['describe-image-components', ['Query image components (DescribeImageComponents)', '--owner SELF|ALIYUN', "Allowed: 'SELF' or 'ALIYUN'", "--component-type Build|Test", "Allowed: 'Build' or 'Test'",
      '--image-component-id ID   (ImageComponentId.N, repeatable)', 'Allowed: an integer from 1 to 500', '--region REGION', '--emulator', '--output']],
    ['describe', ['short for describe-image-pipelines', '--image-pipeline-id ID   (ImagePipelineId.N, repeatable, also --id)', '--max-results N   (MaxResults, also --page-size)']],
  ])('%s --help: the spec\'s summary and descriptions, each flag with what is allowed', async (command, parts) => {
    const r = await cli([command, '--help']);
    expect(r.code).toBe(0);
    for (const part of parts) expect(r.stdout).toContain(part);
  });

  it('--help lists every subcommand with its summary; a misspelt subcommand gets a suggestion', async () => {
    const top = await cli(['--help']);
    for (const line of [/describe-image-pipelines\s+Query image templates/, /describe-image-pipeline-executions\s+Query image build tasks/,
      /describe-image-components\s+Query image components/, /describe\s+short for describe-image-pipelines/, /emulator\s+run a local emulator/]) {
      expect(top.stdout).toMatch(line);
    }
    const typo = await cli(['describe-image-component', '--emulator']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "describe-image-components"?');
    const exec = await cli(['describe-image-pipeline-execution']);
    expect(exec.stderr).toContain('did you mean "describe-image-pipeline-executions"?');
  });

  it('bad input with --emulator exits 2 before the emulator starts', async () => {
    const r = await cli(['describe-image-components', '--emulator', '--owner', 'me']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ecs-pipelines describe-image-components: --owner \(Owner\): .*\(allowed: 'SELF' or 'ALIYUN'\)$/m);
  });
});
