// The build workflow through the built binary, as a new user runs it: create a template from a file, start a
// build and --wait for it, look at the build tasks, delete; a component from a file; a failed build (exit 1
// with its ErrorCode); a partly distributed build (exit 0, a warning); Ctrl-C while waiting (exit 130, the
// build keeps running); --yes off a terminal; an unknown outcome; and the embedded emulator in one
// invocation and across invocations with its state file.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, runCli, tempHome } from './helpers/cli.js';
import { canaryEnv, startCanaryEmulator, type EmulatorServer } from './helpers/emulator.js';

const home = tempHome();
const env = () => ({ ...canaryEnv(), HOME: home.dir });
let quick: EmulatorServer;
let failing: EmulatorServer;
let slow: EmulatorServer;
const at = (server: () => EmulatorServer) => (...args: string[]) => runCli([...args, '--endpoint', server().url], env());
const cli = at(() => quick);

const TEMPLATE = {
  BaseImageType: 'IMAGE',
  BaseImage: 'm-bp67acfmxazb4p0001',
  Name: 'web-base',
  BuildContent: 'RUN yum install -y nginx\nRUN systemctl enable nginx',
  ImageOptions: { ImageName: 'web', ImageTags: [{ Key: 'team', Value: 'web' }] },
};
const templateFile = join(home.dir, 'template.json');

const json = (text: string) => JSON.parse(text) as Record<string, unknown>;

/** Creates a template on `server` from the file; its ID. */
async function createTemplate(run = cli): Promise<string> {
  const r = await run('create-image-pipeline', '--file', templateFile, '-o', 'json');
  expect(r.code, r.stderr).toBe(0);
  return json(r.stdout)['ImagePipelineId'] as string;
}

beforeAll(async () => {
  assertBuilt();
  writeFileSync(templateFile, JSON.stringify(TEMPLATE, null, 2));
  [quick, failing, slow] = await Promise.all([
    startCanaryEmulator({ pipelines: 2, buildStepMs: 40 }),
    startCanaryEmulator({ pipelines: 2, buildStepMs: 40, buildFailureRate: 1 }),
    startCanaryEmulator({ pipelines: 2, buildStepMs: 60_000 }),
  ]);
});
afterAll(async () => {
  await Promise.all([quick?.close(), failing?.close(), slow?.close()]);
  home.cleanup();
});

describe('the build workflow against an emulator', () => {
  it('create from a file → start --wait (exit 0) → describe the build tasks → delete', async () => {
    const id = await createTemplate();
    expect(id).toMatch(/^ip-/);

    const started = await cli('start', id, '--wait', '--poll-interval', '100ms', '-o', 'json');
    expect(started.code, started.stderr).toBe(0);
    const item = json(started.stdout);
    expect(item).toMatchObject({ ImagePipelineId: id, Status: 'SUCCESS' });
    // Off a terminal: one plain line per state, the last one the final state.
    const states = started.stderr.trim().split('\n');
    expect(states.at(-1)).toMatch(new RegExp(`^${item['ExecutionId']} SUCCESS after \\d+s$`));
    for (const line of states) expect(line).toMatch(/^exec-\S+ [A-Z_]+ after \d+s$/);

    const listed = await cli('describe-image-pipeline-executions', '--image-pipeline-id', id, '-o', 'json');
    expect(listed.code, listed.stderr).toBe(0);
    const executions = (json(listed.stdout)['ImagePipelineExecution'] as { ImagePipelineExecutionSet: Array<Record<string, unknown>> }).ImagePipelineExecutionSet;
    expect(executions.map((e) => [e['ExecutionId'], e['Status']])).toEqual([[item['ExecutionId'], 'SUCCESS']]);

    const deleted = await cli('delete-image-pipeline', id, '--yes', '-o', 'json');
    expect(deleted.code, deleted.stderr).toBe(0);
    const gone = await cli('describe', '--id', id, '-o', 'json');
    expect(json(gone.stdout)['TotalCount']).toBe(0);
  });

  it('a flag overrides the file, a struct field by field', async () => {
    const r = await cli('create-image-pipeline', '--file', templateFile, '--image-options.image-name', 'api', '--name', 'api-base', '-o', 'json');
    expect(r.code, r.stderr).toBe(0);
    const id = json(r.stdout)['ImagePipelineId'] as string;
    const shown = await cli('describe', '--id', id, '-o', 'json');
    const pipeline = (json(shown.stdout)['ImagePipeline'] as { ImagePipelineSet: Array<Record<string, unknown>> }).ImagePipelineSet[0]!;
    expect(pipeline).toMatchObject({ Name: 'api-base', ImageName: 'api', BuildContent: TEMPLATE.BuildContent });
  });

  it('a component from --content-file: create, find, delete', async () => {
    const body = join(home.dir, 'component.yaml');
    writeFileSync(body, 'Tasks:\n  - Name: hello\n    Action: RunShellCommand\n    Properties:\n      commandContent: echo hello\n');
    const created = await cli('create-image-component', '--name', 'hello', '--component-version', '1.0.0', '--content-file', body, '-o', 'json');
    expect(created.code, created.stderr).toBe(0);
    const id = json(created.stdout)['ImageComponentId'] as string;
    const found = await cli('describe-image-components', '--image-component-id', id, '-o', 'json');
    const component = (json(found.stdout)['ImageComponent'] as { ImageComponentSet: Array<Record<string, unknown>> }).ImageComponentSet[0]!;
    expect(component).toMatchObject({ ImageComponentId: id, Name: 'hello', Content: expect.stringContaining('echo hello') });
    expect((await cli('delete-image-component', id, '--yes')).code).toBe(0);
    expect(json((await cli('describe-image-components', '--image-component-id', id, '-o', 'json')).stdout)['TotalCount']).toBe(0);
  });

  it('a failed build exits 1 with the task\'s ErrorCode and ErrorInfo, and how to look at it', async () => {
    const run = at(() => failing);
    const id = await createTemplate(run);
    const r = await run('start', id, '--wait', '--poll-interval', '100ms');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ecs-pipelines: exec-\S+ ended in (FAILED|TEST_FAILED) after \d+s$/m);
    expect(r.stderr).toMatch(/^\s+ErrorCode:\s+\S+/m);
    expect(r.stderr).toMatch(/^\s+ErrorInfo:\s+\S+/m);
    expect(r.stderr).toMatch(new RegExp(`Check:\\s+ecs-pipelines describe-image-pipeline-executions --execution-id exec-\\S+ --region cn-hangzhou --endpoint ${failing.url}`));
  });

  it('a build whose image was made but not copied everywhere (PARTITION_SUCCESS) exits 0, with a warning naming its ErrorCode', async () => {
    const run = at(() => failing);
    const distributed = join(home.dir, 'distributed.json');
    writeFileSync(distributed, JSON.stringify({ ...TEMPLATE, Name: 'web-copied', ToRegionId: ['cn-shanghai'] }));
    const created = await run('create-image-pipeline', '--file', distributed, '-o', 'json');
    expect(created.code, created.stderr).toBe(0);
    const id = json(created.stdout)['ImagePipelineId'] as string;
    // Every build of this emulator fails; with a DISTRIBUTING phase a seeded third of them fail there, which
    // leaves the image: start again until one does (the draw is seeded, so the same start every run).
    const outcomes: (number | null)[] = [];
    let r = await run('start', id, '--wait', '--poll-interval', '100ms', '-o', 'json');
    for (outcomes.push(r.code); r.code !== 0 && outcomes.length < 12; outcomes.push(r.code)) {
      expect(r.stderr).toMatch(/ended in (FAILED|TEST_FAILED) after/);
      r = await run('start', id, '--wait', '--poll-interval', '100ms', '-o', 'json');
    }
    expect(r.code, `${outcomes.join(',')}\n${r.stderr}`).toBe(0);
    expect(json(r.stdout)).toMatchObject({ Status: 'PARTITION_SUCCESS', ImageId: expect.stringMatching(/^m-/), ErrorCode: expect.any(String) });
    expect(r.stderr).toMatch(/^ecs-pipelines: warning: exec-\S+ ended in PARTITION_SUCCESS after \d+s, with an error$/m);
    expect(r.stderr).toMatch(/^\s+ErrorCode:\s+\S+/m);
    expect(r.stderr).toMatch(/^\s+ErrorInfo:\s+\S+/m);
  });

  it('Ctrl-C while waiting exits 130, says the build keeps running and how to check or cancel it; it does keep running', async () => {
    const id = await createTemplate(at(() => slow));
    const child = spawn(process.execPath, [BIN, 'start', id, '--wait', '--poll-interval', '100ms', '--endpoint', slow.url], { env: { PATH: process.env['PATH'], ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let interrupted = false;
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
      // Interrupt once the first state is on screen: the build is running and being waited for. (Once: a
      // second Ctrl-C ends the process the hard way, as it should.)
      if (!interrupted && / (PREPARING|BUILDING) after/.test(stderr)) {
        interrupted = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(130);
    const executionId = /^(exec-\S+) /m.exec(stderr)![1]!;
    expect(stderr).toContain(`ecs-pipelines: interrupted after`);
    expect(stderr).toMatch(new RegExp(`stopped waiting; ${executionId} keeps running \\(last seen (PREPARING|BUILDING)\\)`));
    expect(stderr).toContain(`Check:  ecs-pipelines describe-image-pipeline-executions --execution-id ${executionId} --region cn-hangzhou --endpoint ${slow.url}`);
    expect(stderr).toContain(`Cancel: ecs-pipelines cancel ${executionId} --region cn-hangzhou --endpoint ${slow.url}`);
    const still = await at(() => slow)('describe-image-pipeline-executions', '--execution-id', executionId, '-o', 'json');
    const [task] = (json(still.stdout)['ImagePipelineExecution'] as { ImagePipelineExecutionSet: Array<Record<string, unknown>> }).ImagePipelineExecutionSet;
    expect(['PREPARING', 'REPAIRING', 'BUILDING']).toContain(task!['Status']);
    // The suggested cancel works (off a terminal with --yes).
    const cancelled = await at(() => slow)('cancel', executionId, '--yes');
    expect(cancelled.code, cancelled.stderr).toBe(0);
  });

  it('--max-wait gives up (exit 1), says the build keeps running and how to check or cancel it', async () => {
    const run = at(() => slow);
    const id = await createTemplate(run);
    const r = await run('start', id, '--wait', '--max-wait', '500ms', '--poll-interval', '100ms');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^ecs-pipelines: stopped waiting after \d+s \(--max-wait\); (exec-\S+) is still (PREPARING|BUILDING) and keeps running$/m);
    const executionId = /(exec-\S+) is still/.exec(r.stderr)![1]!;
    expect(r.stderr).toContain(`Cancel: ecs-pipelines cancel ${executionId} --region cn-hangzhou --endpoint ${slow.url}`);
    expect((await run('cancel', executionId, '--yes')).code).toBe(0);
  });

  it('off a terminal, delete and cancel need --yes: exit 2, said so, nothing sent', async () => {
    const before = quick.emulator.log.length;
    for (const args of [['delete-image-pipeline', 'ip-x'], ['delete-image-component', 'ic-x'], ['cancel', 'exec-x'], ['cancel-image-pipeline-execution', '--execution-id', 'exec-x']]) {
      const r = await cli(...args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/: --yes: \w+ cannot be undone, and without a terminal to ask on it needs --yes/);
      expect(r.stderr).toContain('Nothing was sent.');
    }
    expect(quick.emulator.log.length).toBe(before);
  });

  it('a delete whose connection drops after sending says the outcome is unknown and how to check (not retried)', async () => {
    const id = await createTemplate();
    const before = quick.emulator.log.length;
    quick.emulator.faults.queue('drop');
    const r = await cli('delete-image-pipeline', id, '--yes', '--max-attempts', '3');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^ecs-pipelines: the outcome is unknown: DeleteImagePipeline may or may not have been carried out$/m);
    expect(r.stderr).toContain(`Check: ecs-pipelines describe-image-pipelines --image-pipeline-id ${id} --region cn-hangzhou --endpoint ${quick.url}`);
    expect(quick.emulator.log.length - before).toBe(1);
  });
});

describe('the embedded emulator', () => {
  it('start --wait completes within one invocation (--emulator-build-step-ms)', async () => {
    const list = await runCli(['describe', '--emulator', '--max-results', '20', '-o', 'json'], env());
    const ids = ((json(list.stdout)['ImagePipeline'] as { ImagePipelineSet: Array<{ ImagePipelineId: string }> }).ImagePipelineSet).map((p) => p.ImagePipelineId);
    // A demo template whose newest build has ended (one may still be running: starting it would be refused).
    let chosen: string | undefined;
    for (const id of ids) {
      const tasks = await runCli(['describe-image-pipeline-executions', '--emulator', '--image-pipeline-id', id, '--status', 'PREPARING,REPAIRING,BUILDING,TESTING,DISTRIBUTING,RELEASING,CANCELLING', '-o', 'json'], env());
      if (json(tasks.stdout)['TotalCount'] === 0) {
        chosen = id;
        break;
      }
    }
    const r = await runCli(['start', chosen!, '--emulator', '--emulator-build-step-ms', '50', '--wait', '-o', 'json'], env());
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout)).toMatchObject({ ImagePipelineId: chosen, Status: 'SUCCESS' });
    // Without a state file, a write says that it will be forgotten.
    expect(r.stderr).toContain('note: the embedded emulator forgets this when the command ends; --emulator-state FILE keeps what you create between runs');
  });

  it('--emulator-state keeps what each invocation creates for the next', async () => {
    const state = join(home.dir, 'state.json');
    const embedded = (...args: string[]) => runCli([...args, '--emulator', '--emulator-state', state, '--emulator-build-step-ms', '50'], env());
    const id = await createTemplate(embedded);
    const started = await embedded('start', id, '--wait', '-o', 'json');
    expect(started.code, started.stderr).toBe(0);
    const tasks = await embedded('describe-image-pipeline-executions', '--image-pipeline-id', id, '-o', 'json');
    expect(json(tasks.stdout)['TotalCount']).toBe(1);
    expect((await embedded('delete-image-pipeline', id, '--yes')).code).toBe(0);
    expect(json((await embedded('describe', '--id', id, '-o', 'json')).stdout)['TotalCount']).toBe(0);
  });
});
