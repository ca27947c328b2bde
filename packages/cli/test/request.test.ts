// Flags and --file → the request in wire spelling, in-process: a flat struct's fields set inside their struct,
// lists and booleans, a file's request with flags over it (field by field), flattened keys in the file, and
// core's findings named by the flag, file or variable that gave each wire path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRequest, operations } from '@org/ecs-pipelines-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../src/args.js';
import { findCommand } from '../src/commands/catalog.js';
import { requestFlags } from '../src/commands/common-flags.js';
import { issuesToUsage } from '../src/commands/flag-names.js';
import { readInputs } from '../src/commands/inputs.js';
import { operationOf, paramFlags, paramFlagSpecs } from '../src/commands/param-flags.js';
import { buildRequest } from '../src/commands/request.js';
import { waitPlan } from '../src/commands/wait-plan.js';
import { UsageError } from '../src/usage-error.js';

const dir = mkdtempSync(join(tmpdir(), 'ecs-cli-request-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const REGION = { value: 'cn-hangzhou', source: '--region' };

/** Parses, reads files and builds the request of `command`; returns it with core's findings under flag names. */
async function build(command: string, argv: string[]) {
  const resolved = findCommand(command)!;
  const op = operationOf(resolved.command.action);
  const flags = paramFlags(resolved);
  const args = parseArgs(argv, [...paramFlagSpecs(flags), ...requestFlags], command);
  const inputs = await readInputs(op, flags, args, command);
  const built = buildRequest(flags, args, REGION, command, inputs);
  const issues = checkRequest(op, built.request);
  return { request: built.request, problems: issues.length ? issuesToUsage(issues, command, { params: built.sources }).issues.map((i) => `${i.parameter}: ${i.problem}`) : [] };
}

describe('flat structs as one flag per field', () => {
  it('sets each field inside its struct, lists and booleans included', async () => {
    const { request, problems } = await build('create-image-pipeline', [
      '--base-image-type', 'IMAGE', '--base-image', 'm-1',
      '--image-options.image-name', 'web', '--image-options.image-tags', 'team=web', '--image-options.image-tags', 'env',
      '--image-options.image-features.nvme-support', 'auto',
      '--no-advanced-options.retain-cloud-assistant', '--advanced-options.image-name-suffix', 'disable',
      '--import-image-options.disk-device-mappings', 'OSSBucket=b,OSSObject=o.qcow2,Format=QCOW2,DiskImageSize=40',
    ]);
    expect(problems).toEqual([]);
    expect(request).toEqual({
      RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-1',
      ImageOptions: { ImageName: 'web', ImageTags: [{ Key: 'team', Value: 'web' }, { Key: 'env' }], ImageFeatures: { NvmeSupport: 'auto' } },
      AdvancedOptions: { RetainCloudAssistant: false, ImageNameSuffix: 'disable' },
      ImportImageOptions: { DiskDeviceMappings: [{ OSSBucket: 'b', OSSObject: 'o.qcow2', Format: 'QCOW2', DiskImageSize: 40 }] },
    });
  });

  it('names a bad nested value by its flag and its flattened wire name', async () => {
    const { problems } = await build('create-image-pipeline', [
      '--base-image-type', 'IMAGE', '--image-options.image-tags', 'a', '--image-options.image-tags', '=v',
      '--import-image-options.disk-device-mappings', 'OSSBucket=-bad-,OSSObject=o,DiskImageSize=0',
    ]);
    expect(problems).toEqual([
      '--image-options.image-tags (ImageOptions.ImageTags.2.Key): must not be empty',
      '--import-image-options.disk-device-mappings (ImportImageOptions.DiskDeviceMappings.1.OSSBucket): "-bad-" has the wrong format',
      '--import-image-options.disk-device-mappings (ImportImageOptions.DiskDeviceMappings.1.DiskImageSize): must be at least 1, got 0',
    ]);
  });
});

describe('--file', () => {
  const template = file('template.json', JSON.stringify({
    BaseImageType: 'IMAGE', BaseImage: 'm-1', BuildContent: 'RUN echo hi', DeleteInstanceOnFailure: false,
    ImageOptions: { ImageName: 'web', Description: 'from the file' }, Tag: [{ Key: 'team', Value: 'a' }],
  }));

  it('gives the request; flags override values, a struct field by field, a list as a whole', async () => {
    const { request, problems } = await build('create-image-pipeline', ['--file', template, '--image-options.image-name', 'api', '--tag', 'team=b', '--delete-instance-on-failure']);
    expect(problems).toEqual([]);
    expect(request).toEqual({
      RegionId: 'cn-hangzhou', BaseImageType: 'IMAGE', BaseImage: 'm-1', BuildContent: 'RUN echo hi', DeleteInstanceOnFailure: true,
      ImageOptions: { ImageName: 'api', Description: 'from the file' }, Tag: [{ Key: 'team', Value: 'b' }],
    });
  });

  it('takes flattened wire keys too (as --verbose shows them), typed by core\'s rules', async () => {
    const flat = file('flat.json', JSON.stringify({ BaseImageType: 'IMAGE', 'ImageOptions.ImageTags.1.Key': 'k', 'ImageOptions.ImageTags.1.Value': 'v', 'AdvancedOptions.RetainCloudAssistant': 'true', SystemDiskSize: 40 }));
    const { request, problems } = await build('create-image-pipeline', ['--file', flat]);
    expect(problems).toEqual([]);
    expect(request).toMatchObject({ ImageOptions: { ImageTags: [{ Key: 'k', Value: 'v' }] }, AdvancedOptions: { RetainCloudAssistant: true }, SystemDiskSize: 40 });
  });

  it('names a bad value from the file by the file and the wire name, one from a flag by the flag', async () => {
    const bad = file('bad.json', JSON.stringify({ BaseImageType: 'IMAGE', SystemDiskSize: '40', ImageOptions: { ImageTags: [{ Key: 'ok' }, { Key: '' }], Colour: 'red' } }));
    const { problems } = await build('create-image-pipeline', ['--file', bad, '--image-options.description', 'x']);
    expect(problems).toEqual([
      `--file ${bad} (SystemDiskSize): must be an integer, got the string "40"`,
      `--file ${bad} (ImageOptions.Colour): is unknown`,
      '--image-options.description (ImageOptions.Description): is too short (1 characters)',
      `--file ${bad} (ImageOptions.ImageTags.2.Key): must not be empty`,
    ]);
  });

  it('refuses a missing file, bad JSON and a non-object under --file', async () => {
    const messages = async (path: string) => {
      try {
        await build('create-image-component', ['--file', path]);
      } catch (e) {
        return (e as UsageError).issues.map((i) => `${i.parameter}: ${i.problem}`);
      }
      throw new Error('expected a usage error');
    };
    expect(await messages(join(dir, 'none.json'))).toEqual([`--file: cannot read ${JSON.stringify(join(dir, 'none.json'))} (ENOENT)`]);
    expect((await messages(file('broken.json', '{"Content": ')))[0]).toMatch(/^--file: ".*broken.json" is not valid JSON/);
    expect(await messages(file('list.json', '[]'))).toEqual([`--file: ${JSON.stringify(join(dir, 'list.json'))} holds a JSON array`]);
  });
});

describe('long text from a file', () => {
  it('--content-file reads the component body; with --content too it is one parameter set twice', async () => {
    const body = file('component.yaml', 'Tasks:\n  - Name: hello\n    Action: RunShellCommand\n');
    expect((await build('create-image-component', ['--content-file', body])).request).toEqual({ RegionId: 'cn-hangzhou', Content: 'Tasks:\n  - Name: hello\n    Action: RunShellCommand\n' });
    await expect(build('create-image-component', ['--content-file', body, '--content', 'RUN x'])).rejects.toThrow(/--content and --content-file: set the same parameter/);
  });

  it('names a too-long body by the file flag and the file', async () => {
    const long = file('long.txt', 'RUN x\n'.repeat(3000));
    expect((await build('create-image-component', ['--content-file', long])).problems).toEqual([`--content-file ${long} (Content): is too long (18000 characters)`]);
  });
});

describe('which actions wait', () => {
  it('a write whose answer holds a waiter\'s input gets --wait; reads and other writes do not', () => {
    expect(Object.keys(operations).filter((a) => waitPlan(operationOf(a)) !== undefined)).toEqual(['StartImagePipelineExecution']);
    expect(waitPlan(operationOf('StartImagePipelineExecution'))).toMatchObject({ name: 'ImagePipelineExecutionComplete', read: { action: 'DescribeImagePipelineExecutions' } });
  });
});
