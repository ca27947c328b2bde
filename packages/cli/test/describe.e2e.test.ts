// The built binary against the emulator: every flag and every output form of `describe` (the short form of
// describe-image-pipelines), checked against the emulator's data; the long form and the AWS CLI paging names
// give the same answers.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../src/output/text-width.js';
import { assertBuilt, runCli, tempHome } from './helpers/cli.js';
import { CANARY, canaryEnv, startCanaryEmulator, type EmulatorServer } from './helpers/emulator.js';

const PROFILE_AK = { accessKeyId: 'LTAI5tProfileAkKey01', accessKeySecret: 'profile-ak-secret-5d1e' };
let server: EmulatorServer;
const home = tempHome();
const env = (extra: Record<string, string> = {}) => ({ ...canaryEnv(), HOME: home.dir, ...extra });
const describeAt = (...args: string[]) => ['describe', '--endpoint', server.url, ...args];
const hangzhou = () => server.emulator.pipelines['cn-hangzhou']!;
const ids = (list: readonly { ImagePipelineId?: string }[]) => list.map((p) => p.ImagePipelineId);
let runs = 0;
const cli = (args: string[], e: Record<string, string> = env()) => (runs++, runCli(args, e));

beforeAll(async () => {
  assertBuilt();
  server = await startCanaryEmulator({ pipelines: 37, credentials: [{ ...CANARY }, PROFILE_AK] });
  mkdirSync(join(home.dir, '.aliyun'));
  writeFileSync(join(home.dir, '.aliyun', 'config.json'), JSON.stringify({
    current: 'ak',
    profiles: [
      { name: 'ak', mode: 'AK', access_key_id: PROFILE_AK.accessKeyId, access_key_secret: PROFILE_AK.accessKeySecret, region_id: 'cn-shanghai' },
      { name: 'sts', mode: 'StsToken', access_key_id: CANARY.accessKeyId, access_key_secret: CANARY.accessKeySecret, sts_token: CANARY.securityToken, region_id: 'cn-beijing' },
    ],
  }));
});
afterAll(async () => {
  await server?.close();
  home.cleanup();
  console.log(`describe e2e: ${runs} runs of the built binary against the emulator`);
});

describe('output forms', () => {
  it('prints one page as JSON when stdout is not a terminal: the response body, wire names, no $metadata', async () => {
    const r = await cli(describeAt('--max-results', '10'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const page = JSON.parse(r.stdout);
    expect(typeof page.RequestId).toBe('string');
    expect(page).toMatchObject({ TotalCount: 37, MaxResults: 10 });
    expect(page.NextToken).toEqual(expect.any(String));
    expect(page.$metadata).toBeUndefined();
    expect(page.ImagePipeline.ImagePipelineSet).toEqual(hangzhou().slice(0, 10));
  });

  it('--next-token resumes at the next page', async () => {
    const first = JSON.parse((await cli(describeAt('--max-results', '10'))).stdout);
    const r = await cli(describeAt('--max-results', '10', '--next-token', first.NextToken));
    expect(r.code).toBe(0);
    expect(ids(JSON.parse(r.stdout).ImagePipeline.ImagePipelineSet)).toEqual(ids(hangzhou().slice(10, 20)));
  });

  it('--all -o json prints every pipeline once, as an array, in order', async () => {
    const before = server.emulator.log.length;
    const r = await cli(describeAt('--all', '-o', 'json', '--max-results', '10'));
    expect(r.code).toBe(0);
    expect(ids(JSON.parse(r.stdout))).toEqual(ids(hangzhou()));
    expect(server.emulator.log.length - before).toBe(4);
  });

  it('--all -o ndjson prints one pipeline per line', async () => {
    const r = await cli(describeAt('--all', '--output=ndjson', '--max-results', '16'));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(37);
    expect(lines.map((l) => JSON.parse(l).ImagePipelineId)).toEqual(ids(hangzhou()));
  });

  it('--max-items stops after N pipelines without fetching another page', async () => {
    const before = server.emulator.log.length;
    const r = await cli(describeAt('--max-items', '13', '--max-results', '5'));
    expect(r.code).toBe(0);
    expect(ids(JSON.parse(r.stdout))).toEqual(ids(hangzhou().slice(0, 13)));
    expect(server.emulator.log.length - before).toBe(3);
  });

  it('-o table fits COLUMNS and ends with "N of TotalCount"', async () => {
    const r = await cli(describeAt('--all', '-o', 'table'), env({ COLUMNS: '100' }));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ImagePipelineId\s+Name\s+BaseImage\s+InstanceType\s+ToRegionIds\s+CreationTime$/);
    expect(lines).toHaveLength(1 + 37 + 1);
    expect(lines.at(-1)).toBe('37 of 37');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    for (const p of hangzhou()) expect(r.stdout).toContain(p.ImagePipelineId);
  });

  it('-o table of one page says how to get the next', async () => {
    const r = await cli(describeAt('--max-results', '5', '-o', 'table'), env({ COLUMNS: '160' }));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 5 + 2);
    expect(lines[6]).toBe('5 of 37');
    expect(lines[7]).toMatch(/^more: add --all, or --next-token \S+$/);
  });

  it('an empty result is an empty list, and "0 of 0" in a table', async () => {
    const json = await cli(describeAt('--name', 'no-such-pipeline'));
    expect(JSON.parse(json.stdout)).toMatchObject({ TotalCount: 0, ImagePipeline: { ImagePipelineSet: [] } });
    const table = await cli(describeAt('--name', 'no-such-pipeline', '-o', 'table', '--all'));
    expect(table.code).toBe(0);
    expect(table.stdout.trimEnd().split('\n').at(-1)).toBe('0 of 0');
  });
});

describe('request flags', () => {
  it('--tag KEY=VALUE keeps only pipelines with that tag', async () => {
    const r = await cli(describeAt('--all', '--tag', 'env=prod'));
    const expected = hangzhou().filter((p) => p.Tags?.Tag?.some((t) => t.TagKey === 'env' && t.TagValue === 'prod'));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(JSON.parse(r.stdout))).toEqual(ids(expected));
  });

  it('--tag KEY matches any value; several tags must all match', async () => {
    const r = await cli(describeAt('--all', '--tag', 'team', '--tag', 'env=prod'));
    const expected = hangzhou().filter((p) => p.Tags?.Tag?.some((t) => t.TagKey === 'team') && p.Tags?.Tag?.some((t) => t.TagKey === 'env' && t.TagValue === 'prod'));
    expect(ids(JSON.parse(r.stdout))).toEqual(ids(expected));
  });

  it('--id (repeatable), --name and --resource-group-id filter', async () => {
    const [a, b, c] = [hangzhou()[3]!, hangzhou()[17]!, hangzhou()[30]!];
    const byId = await cli(describeAt('--all', '--id', a.ImagePipelineId!, '--id', b.ImagePipelineId!));
    expect(ids(JSON.parse(byId.stdout)).sort()).toEqual([a.ImagePipelineId, b.ImagePipelineId].sort());
    const byName = await cli(describeAt('--all', '--name', c.Name!));
    expect(ids(JSON.parse(byName.stdout))).toEqual([c.ImagePipelineId]);
    const rg = await cli(describeAt('--all', '--resource-group-id', a.ResourceGroupId!));
    expect(ids(JSON.parse(rg.stdout))).toEqual(ids(hangzhou().filter((p) => p.ResourceGroupId === a.ResourceGroupId)));
  });

  it('--region picks the region (flag over ALIBABA_CLOUD_REGION_ID)', async () => {
    const r = await cli(describeAt('--all', '--region', 'cn-beijing'));
    expect(ids(JSON.parse(r.stdout))).toEqual(ids(server.emulator.pipelines['cn-beijing']!));
  });
});

describe('the short form and the generated subcommand', () => {
  it('describe-image-pipelines answers as describe does; --image-pipeline-id is what --id stands for', async () => {
    const p = hangzhou()[4]!;
    const long = await cli(['describe-image-pipelines', '--endpoint', server.url, '--all', '--image-pipeline-id', p.ImagePipelineId!]);
    const short = await cli(describeAt('--all', '--id', p.ImagePipelineId!));
    expect(long.code).toBe(0);
    expect(ids(JSON.parse(long.stdout))).toEqual([p.ImagePipelineId]);
    expect(long.stdout).toBe(short.stdout);
  });

  it('--page-size and --starting-token are --max-results and --next-token', async () => {
    const first = JSON.parse((await cli(['describe-image-pipelines', '--endpoint', server.url, '--page-size', '10'])).stdout);
    expect(first.ImagePipeline.ImagePipelineSet).toHaveLength(10);
    const r = await cli(['describe-image-pipelines', '--endpoint', server.url, '--page-size', '10', '--starting-token', first.NextToken]);
    expect(ids(JSON.parse(r.stdout).ImagePipeline.ImagePipelineSet)).toEqual(ids(hangzhou().slice(10, 20)));
  });

  it('the generated table of describe-image-pipelines picks its columns from the item schema', async () => {
    const r = await cli(['describe-image-pipelines', '--endpoint', server.url, '--all', '-o', 'table'], env({ COLUMNS: '200' }));
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ImagePipelineId\s+Name\s+Description\s+BaseImageType\s+BaseImage\s+CreationTime$/);
    expect(lines.at(-1)).toBe('37 of 37');
  });
});

describe('transport flags and credentials', () => {
  it('--method POST sends POST (the parameters stay in the query)', async () => {
    const r = await cli(describeAt('--max-results', '3', '--method', 'POST'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ImagePipeline.ImagePipelineSet).toHaveLength(3);
    expect(server.emulator.log.at(-1)).toMatchObject({ method: 'POST', status: 200, params: { MaxResults: '3' } });
  });

  it('signs with ACS3-HMAC-SHA256 by default and HMAC-SHA1 with --signature-version v1', async () => {
    await cli(describeAt('--max-results', '1'));
    expect(server.emulator.log.at(-1)).toMatchObject({ algorithm: 'v3', status: 200 });
    const r = await cli(describeAt('--max-results', '1', '--signature-version', 'v1'));
    expect(r.code).toBe(0);
    expect(server.emulator.log.at(-1)).toMatchObject({ algorithm: 'v1', status: 200 });
  });

  it('--timeout and --max-attempts are accepted on a healthy service', async () => {
    const r = await cli(describeAt('--timeout', '5000', '--max-attempts', '2', '--max-results', '1'));
    expect(r.code).toBe(0);
  });

  it('--profile reads an AK profile of ~/.aliyun/config.json, with its region', async () => {
    const e = { HOME: home.dir };
    const r = await cli(describeAt('--profile', 'ak', '--all'), e);
    expect(r.stderr).toBe('');
    expect(ids(JSON.parse(r.stdout))).toEqual(ids(server.emulator.pipelines['cn-shanghai']!));
    expect(server.emulator.log.at(-1)!.accessKeyId).toBe(PROFILE_AK.accessKeyId);
  });

  it('--profile reads a StsToken profile; ALIBABA_CLOUD_PROFILE names one too', async () => {
    const r = await cli(describeAt('--all'), { HOME: home.dir, ALIBABA_CLOUD_PROFILE: 'sts' });
    expect(r.code).toBe(0);
    expect(ids(JSON.parse(r.stdout))).toEqual(ids(server.emulator.pipelines['cn-beijing']!));
  });

  it('--verbose logs each request and response on stderr; stdout stays the result', async () => {
    const r = await cli(describeAt('--verbose', '--max-results', '2'));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).ImagePipeline.ImagePipelineSet).toHaveLength(2);
    expect(r.stderr).toMatch(/^> GET http:\/\/127\.0\.0\.1:\d+\/\?/m);
    expect(r.stderr).toMatch(/^< HTTP 200 /m);
    expect(r.stderr).toMatch(/x-acs-signature-nonce/);
  });
});

describe('--emulator', () => {
  it('runs against the embedded emulator with its demo data and credentials, no account needed', async () => {
    const r = await cli(['describe', '--emulator', '--all', '-o', 'json'], { HOME: home.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list).toHaveLength(20);
    expect(list[0].ImagePipelineId).toMatch(/^ip-/);
  });

  it('prints the demo table', async () => {
    const r = await cli(['describe', '--emulator', '--all', '-o', 'table'], { HOME: home.dir, COLUMNS: '120' });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('20 of 20');
  });
});

describe('help, version and commands', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const r = await cli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help and describe --help list the commands and every flag', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/describe[\s\S]*emulator/);
    const sub = await cli(['describe', '--help']);
    expect(sub.code).toBe(0);
    for (const flag of ['--region', '--tag', '--id', '--image-pipeline-id', '--name', '--resource-group-id', '--max-results', '--next-token', '--page-size',
      '--starting-token', '--all', '--max-items', '--endpoint', '--signature-version', '--method', '--timeout', '--max-attempts', '--emulator', '--profile',
      '--output', '--verbose']) {
      expect(sub.stdout).toContain(flag);
    }
  });

  it('emulator --help is the emulator command\'s help', async () => {
    const r = await cli(['emulator', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--port');
  });

  it('no command prints usage on stderr and exits 2; a misspelt one gets a suggestion', async () => {
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage:');
    const typo = await cli(['descirbe']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "describe"?');
  });
});
