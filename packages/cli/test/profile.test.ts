import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { credentialsFrom } from '../src/credentials.js';
import { readProfile } from '../src/profile.js';
import { UsageError } from '../src/usage-error.js';

const SECRET = 'canary-secret-Zq8xYv3';
const home = mkdtempSync(join(tmpdir(), 'ecs-cli-profile-'));
mkdirSync(join(home, '.aliyun'));
writeFileSync(join(home, '.aliyun', 'config.json'), JSON.stringify({
  current: 'default',
  profiles: [
    { name: 'default', mode: 'AK', access_key_id: 'LTAIdefault', access_key_secret: SECRET, sts_token: '', region_id: 'cn-shanghai' },
    { name: 'sts', mode: 'StsToken', access_key_id: 'STS.id', access_key_secret: SECRET, sts_token: 'tok-canary', region_id: '' },
    { name: 'role', mode: 'RamRoleArn', access_key_id: 'x', access_key_secret: SECRET, ram_role_arn: 'acs:ram::1:role/r' },
    { name: 'half', mode: 'StsToken', access_key_id: 'x', access_key_secret: SECRET, sts_token: '' },
  ],
}));
const brokenHome = mkdtempSync(join(tmpdir(), 'ecs-cli-profile-'));
mkdirSync(join(brokenHome, '.aliyun'));
writeFileSync(join(brokenHome, '.aliyun', 'config.json'), `{"profiles": [{"access_key_secret": "${SECRET}"`);
afterAll(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(brokenHome, { recursive: true, force: true });
});

function usage(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('expected a UsageError');
}

describe('aliyun CLI profiles', () => {
  it('reads an AK profile with its region', () => {
    expect(readProfile(home, 'default')).toEqual({ accessKeyId: 'LTAIdefault', accessKeySecret: SECRET, regionId: 'cn-shanghai' });
  });

  it('reads a StsToken profile', () => {
    expect(readProfile(home, 'sts')).toEqual({ accessKeyId: 'STS.id', accessKeySecret: SECRET, securityToken: 'tok-canary' });
  });

  it.each([
    ['nope', /no profile "nope"/, /default, sts/],
    ['defualt', /did you mean "default"/, /default/],
    ['role', /mode RamRoleArn/, /AK or StsToken/],
    ['half', /no sts_token/, /sts_token/],
  ])('refuses profile %s naming --profile', (name, problem, allowed) => {
    const e = usage(() => readProfile(home, name));
    expect(e.issues[0]!.parameter).toBe('--profile');
    expect(e.issues[0]!.problem).toMatch(problem);
    expect(e.issues[0]!.allowed).toMatch(allowed);
    expect(e.message).not.toContain(SECRET);
  });

  it('never quotes a broken file (a JSON error would echo the secret)', () => {
    const e = usage(() => readProfile(brokenHome, 'default'));
    expect(e.message).toContain('not valid JSON');
    expect(e.message).not.toContain(SECRET);
  });

  it('reports a missing file', () => {
    expect(usage(() => readProfile(join(home, 'missing'), 'default')).message).toContain('cannot read');
  });
});

describe('credentials', () => {
  const env = { ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET };

  it('reads the environment, an empty token meaning none', () => {
    expect(credentialsFrom({ ...env, ALIBABA_CLOUD_SECURITY_TOKEN: "" }, home).credentials).toEqual({ accessKeyId: "id", accessKeySecret: SECRET });
    expect(credentialsFrom({ ...env, ALIBABA_CLOUD_SECURITY_TOKEN: 'tok' }, home).credentials.securityToken).toBe('tok');
  });

  it('prefers --profile, then ALIBABA_CLOUD_PROFILE, over the environment', () => {
    expect(credentialsFrom(env, home, 'default').profileRegion).toEqual({ value: 'cn-shanghai', source: 'region_id of profile "default"' });
    expect(credentialsFrom({ ...env, ALIBABA_CLOUD_PROFILE: 'sts' }, home).credentials.accessKeyId).toBe('STS.id');
  });

  it.each([
    [{}, 'credentials', /ALIBABA_CLOUD_ACCESS_KEY_ID.*--profile.*--emulator/],
    [{ ALIBABA_CLOUD_SECURITY_TOKEN: 'tok' }, 'ALIBABA_CLOUD_ACCESS_KEY_ID', /AccessKey ID/],
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id' }, 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', /secret/],
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: '' }, 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', /secret/],
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: '', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET }, 'ALIBABA_CLOUD_ACCESS_KEY_ID', /AccessKey ID/],
  ])('refuses %j naming %s', (e, parameter, allowed) => {
    const err = usage(() => credentialsFrom(e, home));
    expect(err.issues[0]!.parameter).toBe(parameter);
    expect(err.issues[0]!.allowed).toMatch(allowed);
    expect(err.message).not.toContain(SECRET);
  });
});
