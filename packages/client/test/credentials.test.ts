import { inspect } from 'node:util';
import { EcsValidationError } from '@org/ecs-pipelines-core';
import { describe, expect, test } from 'vitest';
import { credentialIssues, credentialSource, fromEnv } from '../src/credentials.js';

const SECRET = 'canary-SECRET-4f1d';
const TOKEN = 'canary-TOKEN-9a7c';

describe('fromEnv', () => {
  test('reads the three variables; an empty token counts as none', () => {
    expect(fromEnv({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET })).toMatchObject({ accessKeyId: 'id', accessKeySecret: SECRET });
    const c = fromEnv({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET, ALIBABA_CLOUD_SECURITY_TOKEN: '' });
    expect(c.securityToken).toBeUndefined();
    expect(fromEnv({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET, ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN }).securityToken).toBe(TOKEN);
  });

  test.each([
    [{}, 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id' }, 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'],
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: ' ', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET }, 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
    [{ ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET, ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN }, 'ALIBABA_CLOUD_ACCESS_KEY_ID'],
    [null, 'env'],
  ])('%j → EcsValidationError naming %s', (env, parameter) => {
    const error = (() => {
      try {
        fromEnv(env as Record<string, string>);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EcsValidationError);
    expect((error as EcsValidationError).parameter).toBe(parameter);
    expect(String(error)).not.toContain(SECRET);
    expect(String(error)).not.toContain(TOKEN);
  });

  test('the secret and token never show in JSON or util.inspect, also nested in a config', () => {
    const c = fromEnv({ ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET, ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN });
    const config = { regionId: 'cn-hangzhou', credentials: c };
    for (const text of [JSON.stringify(config), inspect(config, { depth: 5 }), inspect(c, { showHidden: false })]) {
      expect(text).toContain('id');
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
    expect(c.accessKeySecret).toBe(SECRET);
  });
});

describe('credentialIssues', () => {
  test.each([
    [undefined, 'credentials', 'is required'],
    ['id:secret', 'credentials', 'must be an object, got a string'],
    [{}, 'credentials.accessKeyId', 'is required'],
    [{ accessKeyId: '', accessKeySecret: SECRET }, 'credentials.accessKeyId', 'must not be empty'],
    [{ accessKeyId: 'id' }, 'credentials.accessKeySecret', 'is required'],
    [{ accessKeyId: 'id', accessKeySecret: '' }, 'credentials.accessKeySecret', 'must not be empty'],
    [{ accessKeySecret: SECRET, securityToken: TOKEN }, 'credentials.accessKeyId', 'is required'],
    [{ accessKeyId: 'id', accessKeySecret: SECRET, securityToken: '' }, 'credentials.securityToken', 'must not be empty'],
    [{ accessKeyId: 'id', accessKeySecret: 42 }, 'credentials.accessKeySecret', 'must be a string, got a number'],
    [{ accessKeyId: 'id\n', accessKeySecret: SECRET }, 'credentials.accessKeyId', 'has the wrong format'],
    [{ accessKeyId: ' ', accessKeySecret: SECRET }, 'credentials.accessKeyId', 'has the wrong format'],
    [{ accessKeyId: 'id', accessKeySecret: SECRET, expiration: 'soon' }, 'credentials.expiration', 'is not a date'],
  ])('%j → %s %s', (value, parameter, problem) => {
    const [first] = credentialIssues(value);
    expect(first).toMatchObject({ parameter, problem });
    expect(JSON.stringify(credentialIssues(value))).not.toContain(SECRET);
  });

  // Found by the property test in CI: a value that starts with a line separator (U+2028) is still a usable,
  // non-blank secret; the "not blank" look-ahead must cross line terminators.
  test.each(['\u2028a', '\u2029 x', '\u00a0s', 'a\u2028'])('accepts %j (not blank, no control characters)', (secret) => {
    expect(credentialIssues({ accessKeyId: 'id', accessKeySecret: secret, securityToken: secret })).toEqual([]);
  });
  test.each(['\u2028', ' \u2029\u00a0'])('refuses %j (only white space)', (secret) => {
    expect(credentialIssues({ accessKeyId: 'id', accessKeySecret: secret })).toMatchObject([{ parameter: 'credentials.accessKeySecret', problem: 'has the wrong format' }]);
  });
});

describe('credentialSource', () => {
  test('static credentials are checked once, when the source is made', () => {
    expect(() => credentialSource({ accessKeyId: '', accessKeySecret: SECRET })).toThrow(EcsValidationError);
  });

  test('a provider without expiration is asked every time', async () => {
    let calls = 0;
    const get = credentialSource(() => ({ accessKeyId: `k${++calls}`, accessKeySecret: SECRET }));
    expect((await get()).accessKeyId).toBe('k1');
    expect((await get()).accessKeyId).toBe('k2');
  });

  test('an expiring answer is reused until shortly before it expires, and concurrent callers share a refresh', async () => {
    let now = 1_000_000;
    let calls = 0;
    const get = credentialSource(
      async () => ({ accessKeyId: `k${++calls}`, accessKeySecret: SECRET, securityToken: TOKEN, expiration: new Date(now + 3_600_000) }),
      () => now,
    );
    const first = await Promise.all([get(), get(), get()]);
    expect(first.map((c) => c.accessKeyId)).toEqual(['k1', 'k1', 'k1']);
    now += 3_600_000 - 180_001; // 3 min and a bit before expiry: still cached
    expect((await get()).accessKeyId).toBe('k1');
    now += 2; // inside the refresh margin
    expect((await get()).accessKeyId).toBe('k2');
    expect(calls).toBe(2);
  });

  test('a short-lived answer is refreshed at half its life; ISO strings and epoch numbers work', async () => {
    let now = 0;
    const get = credentialSource(async () => ({ accessKeyId: `k${now}`, accessKeySecret: SECRET, expiration: new Date(now + 1_000).toISOString() }), () => now);
    expect((await get()).accessKeyId).toBe('k0');
    now = 499;
    expect((await get()).accessKeyId).toBe('k0');
    now = 500;
    expect((await get()).accessKeyId).toBe('k500');
    const epoch = credentialSource(async () => ({ accessKeyId: 'e', accessKeySecret: SECRET, expiration: now + 10_000 }), () => now);
    expect((await epoch()).accessKeyId).toBe('e');
  });

  test('a provider answer that is not credentials is a validation error naming credentials()', async () => {
    const get = credentialSource(async () => ({ accessKeyId: 'id' }) as never);
    await expect(get()).rejects.toMatchObject({ name: 'EcsValidationError', parameter: 'credentials().accessKeySecret' });
  });

  test('a failed refresh is not cached: the next call asks again', async () => {
    let calls = 0;
    const get = credentialSource(async () => {
      if (++calls === 1) throw new Error('sts down');
      return { accessKeyId: 'ok', accessKeySecret: SECRET, expiration: Date.now() + 3_600_000 };
    });
    await expect(get()).rejects.toThrow('sts down');
    expect((await get()).accessKeyId).toBe('ok');
  });
});

test('a provider that throws fails the call with EcsError naming the provider, not retried, nothing sent', async () => {
  const { createClient, EcsError } = await import('../src/index.js');
  let sent = 0;
  const client = createClient({
    regionId: 'cn-hangzhou',
    credentials: async () => {
      throw new Error('sts unreachable');
    },
    fetch: async () => {
      sent++;
      return new Response('{}');
    },
    retry: { maxAttempts: 3, baseDelayMs: 1 },
  });
  const error = await client.describeImagePipelines({}).catch((e: unknown) => e);
  expect(EcsError.isInstance(error)).toBe(true);
  expect(error).toMatchObject({ message: 'The credentials provider failed: sts unreachable', retryable: false });
  expect(sent).toBe(0);
});

