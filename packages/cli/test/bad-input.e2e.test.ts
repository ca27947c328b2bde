// The catalogue of bad command lines: each exits 2 naming the flag (or variable) and what is allowed, and
// sends nothing, asserted against the request log of the emulator the binary is pointed at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, pooled, runCli, tempHome, type CliResult } from './helpers/cli.js';
import { CANARY, canaryEnv, startCanaryEmulator, type EmulatorServer } from './helpers/emulator.js';

let server: EmulatorServer;
const home = tempHome();

interface Case {
  name: string;
  args: string[];
  /** Replaces the canary environment (HOME is always the temp home). */
  env?: Record<string, string>;
  parameter: string;
  allowed: RegExp;
}

const many = (flag: string, n: number, value: (i: number) => string) => Array.from({ length: n }, (_, i) => [flag, value(i)]).flat();
const noRegion = { ...canaryEnv(), ALIBABA_CLOUD_REGION_ID: '' };

const CASES: Case[] = [
  // Request parameters: checked by the client against the spec, reported under the flag's name.
  { name: 'MaxResults 0', args: ['--max-results', '0'], parameter: '--max-results', allowed: /1\D+500/ },
  { name: 'MaxResults 501', args: ['--max-results', '501'], parameter: '--max-results', allowed: /1\D+500/ },
  { name: 'MaxResults 1.5', args: ['--max-results', '1.5'], parameter: '--max-results', allowed: /1\D+500/ },
  { name: 'MaxResults abc', args: ['--max-results', 'abc'], parameter: '--max-results', allowed: /1\D+500/ },
  { name: 'MaxResults -1', args: ['--max-results', '-1'], parameter: '--max-results', allowed: /1\D+500/ },
  { name: 'MaxResults empty', args: ['--max-results', ''], parameter: '--max-results', allowed: /1\D+500/ },
  { name: '21 tags', args: many('--tag', 21, (i) => `k${i}=v`), parameter: '--tag', allowed: /20/ },
  { name: 'tag with an empty key (=v)', args: ['--tag', '=v'], parameter: '--tag', allowed: /1|non-empty|empty/i },
  { name: 'empty tag', args: ['--tag', ''], parameter: '--tag', allowed: /1|non-empty|empty/i },
  { name: 'tag key of 129 characters', args: ['--tag', `${'k'.repeat(129)}=v`], parameter: '--tag', allowed: /128/ },
  { name: 'tag value of 129 characters', args: ['--tag', `k=${'v'.repeat(129)}`], parameter: '--tag', allowed: /128/ },
  { name: '21 pipeline IDs', args: many('--id', 21, (i) => `ip-${i}`), parameter: '--id', allowed: /20/ },
  { name: 'empty region', args: ['--region', ''], parameter: '--region', allowed: /cn-hangzhou|\^\[a-z\]/ },
  { name: 'region with a space', args: ['--region', 'Bad Region'], parameter: '--region', allowed: /cn-hangzhou|\^\[a-z\]/ },
  { name: 'region with an underscore', args: ['--region', 'cn_hangzhou'], parameter: '--region', allowed: /cn-hangzhou|\^\[a-z\]/ },
  { name: 'bad ALIBABA_CLOUD_REGION_ID', args: [], env: { ...canaryEnv(), ALIBABA_CLOUD_REGION_ID: 'Bad Region' }, parameter: 'ALIBABA_CLOUD_REGION_ID', allowed: /cn-hangzhou|\^\[a-z\]/ },
  { name: 'no region anywhere', args: [], env: noRegion, parameter: '--region', allowed: /ALIBABA_CLOUD_REGION_ID/ },
  // The CLI's own flags.
  { name: 'endpoint without a scheme', args: ['--endpoint', '127.0.0.1:1'], parameter: '--endpoint', allowed: /http:\/\/ or https:\/\// },
  { name: 'endpoint with another scheme', args: ['--endpoint', 'ftp://127.0.0.1'], parameter: '--endpoint', allowed: /http:\/\/ or https:\/\// },
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
  // Every case points at the emulator with valid credentials, so anything that slipped through would be logged.
  const outcomes = await pooled(CASES.map((c) => () => {
    const endpoint = c.args.includes('--endpoint') ? [] : ['--endpoint', server.url];
    return runCli(['describe', ...endpoint, ...c.args], { ...(c.env ?? canaryEnv()), HOME: home.dir });
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
    const line = r.stderr.split('\n').find((l) => l.includes(`${c.parameter}:`));
    expect(line, r.stderr).toBeDefined();
    expect(line).toMatch(/\(allowed: .+\)/);
    expect(line).toMatch(c.allowed);
    expect(r.stderr).toContain('Nothing was sent.');
  });

  it('the emulator saw no request at all', () => {
    expect(server.emulator.log).toEqual([]);
    console.log(`bad input: ${CASES.length} bad command lines, each exit 2 with the parameter and allowed values; requests sent: ${server.emulator.log.length}`);
  });
});
