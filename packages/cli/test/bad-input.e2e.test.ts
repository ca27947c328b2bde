// The catalogue of bad command lines, for every kind of subcommand: each exits 2 naming the flag (or variable)
// and, for request parameters, the wire parameter (`--tag (Tag.1.Key)`), with what is allowed; and sends
// nothing, asserted against the request log of the emulator the binary is pointed at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, pooled, runCli, tempHome, type CliResult } from './helpers/cli.js';
import { CANARY, canaryEnv, startCanaryEmulator, type EmulatorServer } from './helpers/emulator.js';

let server: EmulatorServer;
const home = tempHome();

interface Case {
  name: string;
  /** The subcommand (default `describe`, the short form of describe-image-pipelines). */
  command?: string;
  args: string[];
  /** Replaces the canary environment (HOME is always the temp home). */
  env?: Record<string, string>;
  /** Exactly what precedes the problem: the flag, and the wire parameter in parentheses for request parameters. */
  parameter: string;
  allowed: RegExp;
}

const many = (flag: string, n: number, value: (i: number) => string) => Array.from({ length: n }, (_, i) => [flag, value(i)]).flat();
const noRegion = { ...canaryEnv(), ALIBABA_CLOUD_REGION_ID: '' };

const EXECUTIONS = 'describe-image-pipeline-executions';
const CREATE = 'create-image-pipeline';
const BASE = ['--base-image-type', 'IMAGE', '--base-image', 'm-1'];
// Written in beforeAll: a template whose nested values are wrong, and files that cannot be used.
const BAD_TEMPLATE = join(home.dir, 'bad-template.json');
const NOT_JSON = join(home.dir, 'not-json.json');
const COMPONENTS = 'describe-image-components';
const RANGE = /an integer from 1 to 500/;
const REGION = /a string of 1 to 64 characters matching/;

const CASES: Case[] = [
  // Request parameters: checked by core against the spec before anything loads, named by flag and wire name.
  { name: 'MaxResults 0', args: ['--max-results', '0'], parameter: '--max-results (MaxResults)', allowed: RANGE },
  { name: 'MaxResults 501', args: ['--max-results', '501'], parameter: '--max-results (MaxResults)', allowed: RANGE },
  { name: 'MaxResults 1.5', args: ['--max-results', '1.5'], parameter: '--max-results (MaxResults)', allowed: RANGE },
  { name: 'MaxResults abc', args: ['--max-results', 'abc'], parameter: '--max-results (MaxResults)', allowed: RANGE },
  { name: 'MaxResults -1', args: ['--max-results', '-1'], parameter: '--max-results (MaxResults)', allowed: RANGE },
  { name: 'MaxResults empty', args: ['--max-results', ''], parameter: '--max-results (MaxResults)', allowed: RANGE },
  { name: 'page size 0 (--page-size)', args: ['--page-size', '0'], parameter: '--page-size (MaxResults)', allowed: RANGE },
  { name: 'page size given twice (--max-results and --page-size)', args: ['--max-results', '5', '--page-size', '6'], parameter: '--max-results and --page-size', allowed: /one of them/ },
  { name: '21 tags', args: many('--tag', 21, (i) => `k${i}=v`), parameter: '--tag (Tag)', allowed: /at most 20/ },
  { name: 'tag with an empty key (=v)', args: ['--tag', 'a', '--tag', '=v'], parameter: '--tag (Tag.2.Key)', allowed: /1 to 128/ },
  { name: 'empty tag', args: ['--tag', ''], parameter: '--tag (Tag.1.Key)', allowed: /1 to 128/ },
  { name: 'tag key of 129 characters', args: ['--tag', `${'k'.repeat(129)}=v`], parameter: '--tag (Tag.1.Key)', allowed: /128/ },
  { name: 'tag value of 129 characters', args: ['--tag', `k=${'v'.repeat(129)}`], parameter: '--tag (Tag.1.Value)', allowed: /128/ },
  { name: '21 pipeline IDs (--id)', args: many('--id', 21, (i) => `ip-${i}`), parameter: '--id (ImagePipelineId)', allowed: /at most 20/ },
  { name: '21 pipeline IDs (--image-pipeline-id)', command: 'describe-image-pipelines', args: many('--image-pipeline-id', 21, (i) => `ip-${i}`), parameter: '--image-pipeline-id (ImagePipelineId)', allowed: /at most 20/ },
  { name: 'empty region', args: ['--region', ''], parameter: '--region (RegionId)', allowed: REGION },
  { name: 'region with a space', args: ['--region', 'Bad Region'], parameter: '--region (RegionId)', allowed: REGION },
  { name: 'region with an underscore', args: ['--region', 'cn_hangzhou'], parameter: '--region (RegionId)', allowed: REGION },
  { name: 'bad ALIBABA_CLOUD_REGION_ID', args: [], env: { ...canaryEnv(), ALIBABA_CLOUD_REGION_ID: 'Bad Region' }, parameter: 'ALIBABA_CLOUD_REGION_ID (RegionId)', allowed: REGION },
  { name: 'no region anywhere', args: [], env: noRegion, parameter: '--region', allowed: /ALIBABA_CLOUD_REGION_ID/ },
  // The other actions: their own parameters and rules (any-required, patterns, enums, lists).
  { name: 'executions: neither pipeline nor execution ID', command: EXECUTIONS, args: ['--status', 'BUILDING'], parameter: '--image-pipeline-id (ImagePipelineId)', allowed: /at least one of ImagePipelineId, ExecutionId/ },
  { name: 'executions: unknown status', command: EXECUTIONS, args: ['--image-pipeline-id', 'ip-1', '--status', 'BUILDING,DONE'], parameter: '--status (Status)', allowed: /PREPARING\|/ },
  { name: 'executions: page size 501', command: EXECUTIONS, args: ['--execution-id', 'exec-1', '--page-size', '501'], parameter: '--page-size (MaxResults)', allowed: RANGE },
  { name: 'executions: a flag of another action', command: EXECUTIONS, args: ['--execution-id', 'exec-1', '--owner', 'SELF'], parameter: '--owner', allowed: /--image-pipeline-id, --execution-id, --status/ },
  { name: 'components: owner ME', command: COMPONENTS, args: ['--owner', 'ME'], parameter: '--owner (Owner)', allowed: /'SELF' or 'ALIYUN'/ },
  { name: 'components: component type Bild', command: COMPONENTS, args: ['--component-type', 'Bild'], parameter: '--component-type (ComponentType)', allowed: /'Build' or 'Test'/ },
  { name: 'components: system type Mac', command: COMPONENTS, args: ['--system-type', 'Mac'], parameter: '--system-type (SystemType)', allowed: /'Linux' or 'Windows'/ },
  { name: 'components: version 1.x', command: COMPONENTS, args: ['--name', 'nginx', '--component-version', '1.x'], parameter: '--component-version (ComponentVersion)', allowed: /matching/ },
  { name: 'components: 21 component IDs', command: COMPONENTS, args: many('--image-component-id', 21, (i) => `ic-${i}`), parameter: '--image-component-id (ImageComponentId)', allowed: /at most 20/ },
  { name: 'components: an empty component ID', command: COMPONENTS, args: ['--image-component-id', 'ic-1', '--image-component-id', ''], parameter: '--image-component-id (ImageComponentId.2)', allowed: /non-empty/ },
  { name: 'components: tag with an empty key', command: COMPONENTS, args: ['--tag', '=v'], parameter: '--tag (Tag.1.Key)', allowed: /1 to 128/ },
  { name: 'components: misspelt --onwer', command: COMPONENTS, args: ['--onwer', 'SELF'], parameter: '--onwer', allowed: /did you mean --owner\?/ },
  // The write actions: nested struct fields by their flag and flattened wire name, files, --yes, --wait.
  { name: 'create: an empty image tag key, 2nd of the list', command: CREATE, args: [...BASE, '--image-options.image-tags', 'a=1', '--image-options.image-tags', '=v'], parameter: '--image-options.image-tags (ImageOptions.ImageTags.2.Key)', allowed: /1 to 128 characters/ },
  { name: 'create: an image tag key starting with aliyun', command: CREATE, args: [...BASE, '--image-options.image-tags', 'aliyun-x'], parameter: '--image-options.image-tags (ImageOptions.ImageTags.1.Key)', allowed: /not starting with aliyun/ },
  { name: 'create: an image name of one character', command: CREATE, args: [...BASE, '--image-options.image-name', 'w'], parameter: '--image-options.image-name (ImageOptions.ImageName)', allowed: /2 to 64 characters/ },
  { name: 'create: NVMe support maybe (two levels deep)', command: CREATE, args: [...BASE, '--image-options.image-features.nvme-support', 'maybe'], parameter: '--image-options.image-features.nvme-support (ImageOptions.ImageFeatures.NvmeSupport)', allowed: /'supported' or 'unsupported' or 'auto'/ },
  { name: 'create: image name suffix enable', command: CREATE, args: [...BASE, '--advanced-options.image-name-suffix', 'enable'], parameter: '--advanced-options.image-name-suffix (AdvancedOptions.ImageNameSuffix)', allowed: /'disable'/ },
  { name: 'create: a disk mapping without its object', command: CREATE, args: ['--base-image-type', 'OSS', '--import-image-options.disk-device-mappings', 'OSSBucket=b'], parameter: '--import-image-options.disk-device-mappings (ImportImageOptions.DiskDeviceMappings.1.OSSObject)', allowed: /1 to 1023 characters/ },
  { name: 'create: a disk of 4096 GiB', command: CREATE, args: ['--base-image-type', 'OSS', '--import-image-options.disk-device-mappings', 'OSSBucket=b,OSSObject=o,DiskImageSize=4096'], parameter: '--import-image-options.disk-device-mappings (ImportImageOptions.DiskDeviceMappings.1.DiskImageSize)', allowed: /from 1 to 2048/ },
  { name: 'create: a boolean field given a value', command: CREATE, args: [...BASE, '--advanced-options.retain-cloud-assistant=yes'], parameter: '--advanced-options.retain-cloud-assistant', allowed: /alone/ },
  { name: 'create: a misspelt struct field flag', command: CREATE, args: [...BASE, '--image-options.image-nmae', 'web'], parameter: '--image-options.image-nmae', allowed: /did you mean --image-options.image-name\?/ },
  { name: 'create: no base image type', command: CREATE, args: ['--base-image', 'm-1'], parameter: '--base-image-type (BaseImageType)', allowed: /'IMAGE' or 'IMAGE_FAMILY' or 'OSS'/ },
  { name: 'create: system disk of 10 GiB', command: CREATE, args: [...BASE, '--system-disk-size', '10'], parameter: '--system-disk-size (SystemDiskSize)', allowed: /from 20 to 500/ },
  { name: 'create: a nested value from --file', command: CREATE, args: ['--file', BAD_TEMPLATE], parameter: `--file ${BAD_TEMPLATE} (ImageOptions.ImageTags.2.Key)`, allowed: /1 to 128 characters/ },
  { name: 'create: an unknown struct field in --file', command: CREATE, args: ['--file', BAD_TEMPLATE], parameter: `--file ${BAD_TEMPLATE} (ImageOptions.ImageNmae)`, allowed: /one of ImageName, ImageFamily/ },
  { name: 'create: a flag over a bad file value still names the file for the rest', command: CREATE, args: ['--file', BAD_TEMPLATE, '--image-options.description', 'd'], parameter: '--image-options.description (ImageOptions.Description)', allowed: /2 to 256 characters/ },
  { name: 'create: --file that does not exist', command: CREATE, args: ['--file', join(home.dir, 'none.json')], parameter: '--file', allowed: /a readable file/ },
  { name: 'create: --file that is not JSON', command: CREATE, args: ['--file', NOT_JSON], parameter: '--file', allowed: /a JSON object of request parameters/ },
  { name: 'component: no content', command: 'create-image-component', args: ['--name', 'c1'], parameter: '--content (Content)', allowed: /1 to 16384 characters/ },
  { name: 'component: --content-file that does not exist', command: 'create-image-component', args: ['--content-file', join(home.dir, 'none.yaml')], parameter: '--content-file', allowed: /a readable file/ },
  { name: 'component: version 1.0', command: 'create-image-component', args: ['--content', 'RUN x', '--component-version', '1.0'], parameter: '--component-version (ComponentVersion)', allowed: /matching/ },
  { name: 'delete without --yes off a terminal', command: 'delete-image-pipeline', args: ['ip-1'], parameter: '--yes', allowed: /--yes \(or -y\)/ },
  { name: 'delete: the ID twice (argument and flag)', command: 'delete-image-pipeline', args: ['ip-1', '--image-pipeline-id', 'ip-2', '--yes'], parameter: '--image-pipeline-id', allowed: /one of them/ },
  { name: 'delete: two arguments', command: 'delete-image-component', args: ['ic-1', 'ic-2', '--yes'], parameter: 'delete-image-component', allowed: /the one ID/ },
  { name: 'cancel without --yes off a terminal', command: 'cancel', args: ['exec-1'], parameter: '--yes', allowed: /--yes/ },
  { name: 'cancel: no execution ID', command: 'cancel', args: ['--yes'], parameter: '--execution-id (ExecutionId)', allowed: /non-empty/ },
  { name: 'start: no template ID', command: 'start', args: ['--wait'], parameter: '--image-pipeline-id (ImagePipelineId)', allowed: /non-empty/ },
  { name: 'start: --max-wait 5 minutes', command: 'start', args: ['ip-1', '--wait', '--max-wait', '5 minutes'], parameter: '--max-wait', allowed: /30m, 2h/ },
  { name: 'start: --poll-interval 1ms', command: 'start', args: ['ip-1', '--wait', '--poll-interval', '1ms'], parameter: '--poll-interval', allowed: /from 100ms/ },
  { name: 'start: --max-wait without --wait', command: 'start', args: ['ip-1', '--max-wait', '5m'], parameter: '--max-wait', allowed: /--wait --max-wait/ },
  { name: 'start: --wait on an action that has none', command: CREATE, args: [...BASE, '--wait'], parameter: '--wait', allowed: /--base-image-type/ },
  { name: '--emulator-state without --emulator', command: 'start', args: ['ip-1', '--emulator-state', 's.json'], parameter: '--emulator-state', allowed: /--emulator with it/ },
  // The endpoint: the client's one rule (an origin: no path, no credentials).
  { name: 'endpoint without a scheme', args: ['--endpoint', '127.0.0.1:1'], parameter: '--endpoint', allowed: /http\(s\) origin/ },
  { name: 'endpoint with another scheme', args: ['--endpoint', 'ftp://127.0.0.1'], parameter: '--endpoint', allowed: /http\(s\) origin/ },
  { name: 'endpoint with a path', args: ['--endpoint', 'http://127.0.0.1:1/ecs'], parameter: '--endpoint', allowed: /http\(s\) origin/ },
  { name: 'endpoint with credentials', args: ['--endpoint', 'http://user:pw@127.0.0.1:1'], parameter: '--endpoint', allowed: /http\(s\) origin/ },
  // The CLI's own flags.
  { name: 'method PUT', args: ['--method', 'PUT'], parameter: '--method', allowed: /GET, POST/ },
  { name: 'signature version v2', args: ['--signature-version', 'v2'], parameter: '--signature-version', allowed: /v3, v1/ },
  { name: 'timeout -1', args: ['--timeout', '-1'], parameter: '--timeout', allowed: /milliseconds from 1/ },
  { name: 'timeout 0', args: ['--timeout', '0'], parameter: '--timeout', allowed: /milliseconds from 1/ },
  { name: 'timeout 1.5', args: ['--timeout', '1.5'], parameter: '--timeout', allowed: /milliseconds from 1/ },
  { name: 'max attempts 0', args: ['--max-attempts', '0'], parameter: '--max-attempts', allowed: /1 to 10/ },
  { name: 'max attempts abc', args: ['--max-attempts', 'abc'], parameter: '--max-attempts', allowed: /1 to 10/ },
  { name: 'output xml', args: ['--output', 'xml'], parameter: '--output', allowed: /table, json, ndjson/ },
  { name: 'output yaml (short flag)', args: ['-o', 'yaml'], parameter: '--output', allowed: /table, json, ndjson/ },
  { name: 'max items 0', args: ['--max-items', '0'], parameter: '--max-items', allowed: /positive integer/ },
  { name: 'max items -3', args: ['--max-items', '-3'], parameter: '--max-items', allowed: /positive integer/ },
  { name: 'misspelt flag --max-result', args: ['--max-result', '5'], parameter: '--max-result', allowed: /did you mean --max-results\?[\s\S]*--region/ },
  { name: 'misspelt flag --regoin', args: ['--regoin', 'cn-hangzhou'], parameter: '--regoin', allowed: /did you mean --region\?/ },
  { name: 'flag without its value', args: ['--name'], parameter: '--name', allowed: /--name NAME/ },
  { name: 'value given to a switch', args: ['--all=yes'], parameter: '--all', allowed: /--all alone/ },
  { name: 'one-value flag given twice', args: ['--name', 'a', '--name', 'b'], parameter: '--name', allowed: /one value/ },
  { name: 'stray argument', args: ['pipelines'], parameter: 'describe', allowed: /flags only/ },
  { name: '--emulator with --endpoint', args: ['--emulator'], parameter: '--endpoint', allowed: /either/ },
  // Credentials.
  { name: 'no credentials', args: [], env: { ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou' }, parameter: 'credentials', allowed: /ALIBABA_CLOUD_ACCESS_KEY_ID/ },
  { name: 'a token without a key', args: [], env: { ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou', ALIBABA_CLOUD_SECURITY_TOKEN: CANARY.securityToken }, parameter: 'ALIBABA_CLOUD_ACCESS_KEY_ID', allowed: /ALIBABA_CLOUD_ACCESS_KEY_SECRET/ },
  { name: 'an empty secret', args: [], env: { ...canaryEnv(), ALIBABA_CLOUD_ACCESS_KEY_SECRET: '' }, parameter: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', allowed: /secret/ },
  { name: 'a key without a secret', args: [], env: { ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou', ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId }, parameter: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', allowed: /secret/ },
  { name: 'unknown profile', args: ['--profile', 'nope'], parameter: '--profile', allowed: /ak, role/ },
  { name: 'profile in an unsupported mode', args: ['--profile', 'role'], parameter: '--profile', allowed: /AK or StsToken/ },
];

const results = new Map<string, CliResult>();

beforeAll(async () => {
  assertBuilt();
  server = await startCanaryEmulator({ pipelines: 3 });
  mkdirSync(join(home.dir, '.aliyun'));
  writeFileSync(join(home.dir, '.aliyun', 'config.json'), JSON.stringify({
    profiles: [
      { name: 'ak', mode: 'AK', access_key_id: CANARY.accessKeyId, access_key_secret: CANARY.accessKeySecret },
      { name: 'role', mode: 'RamRoleArn', access_key_id: CANARY.accessKeyId, access_key_secret: CANARY.accessKeySecret, ram_role_arn: 'acs:ram::1:role/x' },
    ],
  }));
  writeFileSync(BAD_TEMPLATE, JSON.stringify({ BaseImageType: 'IMAGE', ImageOptions: { ImageNmae: 'web', Description: 'ok here', ImageTags: [{ Key: 'a' }, { Key: '' }] } }));
  writeFileSync(NOT_JSON, '{"BaseImageType": IMAGE}');
  // Every case points at the emulator with valid credentials, so anything that slipped through would be logged.
  const outcomes = await pooled(CASES.map((c) => () => {
    const endpoint = c.args.includes('--endpoint') ? [] : ['--endpoint', server.url];
    return runCli([c.command ?? 'describe', ...endpoint, ...c.args], { ...(c.env ?? canaryEnv()), HOME: home.dir });
  }));
  CASES.forEach((c, i) => results.set(c.name, outcomes[i]!));
}, 60_000);
afterAll(async () => {
  await server?.close();
  home.cleanup();
});

describe('bad input: exit 2, the parameter named with its allowed values, nothing sent', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = results.get(c.name)!;
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    const line = r.stderr.split('\n').find((l) => l.startsWith(`ecs-pipelines ${c.command ?? 'describe'}: ${c.parameter}: `));
    expect(line, r.stderr).toBeDefined();
    expect(line).toMatch(/\(allowed: .+\)/);
    expect(line).toMatch(c.allowed);
    expect(r.stderr).toContain('Nothing was sent.');
  });

  it('the emulator saw no request at all', () => {
    expect(server.emulator.log).toEqual([]);
    console.log(`bad input: ${CASES.length} bad command lines over ${new Set(CASES.map((c) => c.command ?? 'describe')).size} subcommands, each exit 2 with the parameter and allowed values; requests sent: ${server.emulator.log.length}`);
  });
});
