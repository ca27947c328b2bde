// Credentials: static, or an async provider whose answers are cached until shortly before they expire.
import type { Credentials, ValidationIssue } from '@org/ecs-pipelines-core';
import { invalid } from './invalid.js';

/** Credentials with an optional expiry, as STS and instance-role providers return them. */
export interface ExpiringCredentials extends Credentials {
  /** When the credentials stop working: a `Date`, epoch milliseconds or an ISO 8601 string. */
  expiration?: Date | number | string;
}

/** Called before a request that needs credentials; its answer is reused until shortly before `expiration`. */
export type CredentialsProvider = () => ExpiringCredentials | Promise<ExpiringCredentials>;

/** What `credentials` accepts: a fixed AccessKey (with an STS token or not), or a provider. */
export type CredentialsOption = Credentials | CredentialsProvider;

const ALLOWED = '{ accessKeyId, accessKeySecret, securityToken? } with non-empty strings, or an async provider';

// Alibaba's credentials library refreshes when fewer than 180 s remain; a short-lived token refreshes at the
// half of its life instead, so it is never used up to its last moment.
const REFRESH_MARGIN_MS = 180_000;

/** Problems with a credentials value (never its contents: a secret must not reach a message). */
export function credentialIssues(value: unknown, name = 'credentials'): ValidationIssue[] {
  if (value === null || typeof value !== 'object') {
    return [{ parameter: name, problem: value === undefined ? 'is missing' : 'is not an object', allowed: ALLOWED }];
  }
  const c = value as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  const check = (field: string, required: boolean) => {
    const v = c[field];
    if (v === undefined && !required) return;
    const problem =
      v === undefined
        ? field === 'accessKeyId' && c.securityToken !== undefined
          ? 'is missing while securityToken is set'
          : 'is missing'
        : typeof v !== 'string'
          ? 'is not a string'
          : v.trim() === ''
            ? 'is empty'
            : /[\u0000-\u001f\u007f]/.test(v)
              ? 'contains a control character'
              : undefined;
    if (problem) issues.push({ parameter: `${name}.${field}`, problem, allowed: 'a non-empty string' });
  };
  check('accessKeyId', true);
  check('accessKeySecret', true);
  check('securityToken', false);
  const exp = c.expiration;
  if (exp !== undefined && Number.isNaN(expiryTime(exp))) {
    issues.push({ parameter: `${name}.expiration`, problem: 'is not a date', allowed: 'a Date, epoch milliseconds or an ISO 8601 string' });
  }
  return issues;
}

function expiryTime(exp: unknown): number {
  if (exp instanceof Date) return exp.getTime();
  if (typeof exp === 'number') return Number.isFinite(exp) ? exp : Number.NaN;
  if (typeof exp === 'string') return Date.parse(exp);
  return Number.NaN;
}

/** Only the three signing fields, so nothing else a provider returned travels further. */
const signingFields = (c: Credentials): Credentials =>
  hideSecrets({ accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, securityToken: c.securityToken });

const view = (c: Credentials) => ({
  accessKeyId: c.accessKeyId,
  accessKeySecret: '[REDACTED]',
  ...(c.securityToken === undefined ? {} : { securityToken: '[REDACTED]' }),
});

/**
 * Gives a credentials object a `toJSON` and custom Node/Deno inspectors that show `[REDACTED]` for the secret
 * and the token, so logging a config that holds it leaks nothing; code that reads the fields still works.
 */
export function hideSecrets<T extends Credentials>(c: T): T {
  if (c.securityToken === undefined) delete c.securityToken;
  const show = { value: () => view(c), enumerable: false, configurable: true };
  Object.defineProperty(c, 'toJSON', show);
  Object.defineProperty(c, Symbol.for('nodejs.util.inspect.custom'), show);
  Object.defineProperty(c, Symbol.for('Deno.customInspect'), { ...show, value: () => JSON.stringify(view(c)) });
  return c;
}

/**
 * A function that returns the credentials to sign the next request with. Static credentials are checked
 * once, here; a provider's answers are checked when they arrive and shared by concurrent callers.
 */
export function credentialSource(option: CredentialsOption, now: () => number = Date.now): () => Promise<Credentials> {
  if (typeof option !== 'function') {
    const issues = credentialIssues(option);
    if (issues.length) invalid(issues);
    const fixed = signingFields(option);
    return () => Promise.resolve(fixed);
  }
  let cached: { credentials: Credentials; refreshAt: number } | undefined;
  let pending: Promise<Credentials> | undefined;
  const load = async (): Promise<Credentials> => {
    const fetchedAt = now();
    const got = await option();
    const issues = credentialIssues(got, 'credentials()');
    if (issues.length) invalid(issues);
    const credentials = signingFields(got);
    if (got.expiration !== undefined) {
      const expiresAt = expiryTime(got.expiration);
      cached = { credentials, refreshAt: expiresAt - Math.min(REFRESH_MARGIN_MS, (expiresAt - fetchedAt) / 2) };
    }
    return credentials;
  };
  return () => {
    if (cached && now() < cached.refreshAt) return Promise.resolve(cached.credentials);
    pending ??= load().finally(() => {
      pending = undefined;
    });
    return pending;
  };
}

/**
 * Credentials from an environment object — a Workers `env`, `Deno.env.toObject()`, `process.env` — read from
 * `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and, when set and non-empty,
 * `ALIBABA_CLOUD_SECURITY_TOKEN`. Throws `EcsValidationError` naming the missing variable. The secret fields of
 * the result are hidden from `JSON.stringify` and `util.inspect`.
 */
export function fromEnv(env: Readonly<Record<string, string | undefined>>): Credentials {
  if (env === null || typeof env !== 'object') {
    invalid([{ parameter: 'env', problem: 'is not an object', allowed: 'an object of environment variables, such as a Workers env or Deno.env.toObject()' }]);
  }
  const read = (name: string) => {
    const v = env[name];
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
  };
  const credentials = {
    accessKeyId: read('ALIBABA_CLOUD_ACCESS_KEY_ID'),
    accessKeySecret: read('ALIBABA_CLOUD_ACCESS_KEY_SECRET'),
    securityToken: read('ALIBABA_CLOUD_SECURITY_TOKEN'),
  };
  const missing = (['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'] as const)
    .filter((name) => read(name) === undefined)
    .map((name) => ({ parameter: name, problem: 'is not set or empty', allowed: 'a non-empty AccessKey value' }));
  if (missing.length) invalid(missing);
  return hideSecrets(credentials as Credentials);
}
