// Credentials: static, or an async provider whose answers are cached until shortly before they expire.
import { checkSchema, type Credentials, credentialsSchema, REDACTED, type SchemaNode, type ValidationIssue } from '@org/ecs-pipelines-core';
import { refuse } from './check-options.js';

/** Credentials with an optional expiry, as STS and instance-role providers return them. */
export interface ExpiringCredentials extends Credentials {
  /** When the credentials stop working: a `Date`, epoch milliseconds or an ISO 8601 string. */
  expiration?: Date | number | string;
}

/** Called before a request that needs credentials; its answer is reused until shortly before `expiration`. */
export type CredentialsProvider = () => ExpiringCredentials | Promise<ExpiringCredentials>;

/** What `credentials` accepts: a fixed AccessKey (with an STS token or not), or a provider. */
export type CredentialsOption = Credentials | CredentialsProvider;

// Not blank, no control characters: the key ID and the token travel in headers.
const KEY: SchemaNode = { type: 'string', minLength: 1, pattern: '^(?=[\\s\\S]*\\S)[^\\0-\\x1f\\x7f]+$', title: 'a non-empty string without control characters' };
const CREDENTIALS = credentialsSchema({ accessKeyId: KEY, accessKeySecret: KEY, securityToken: KEY });

// Alibaba's credentials library refreshes when fewer than 180 s remain; a short-lived token refreshes at the
// half of its life instead, so it is never used up to its last moment.
const REFRESH_MARGIN_MS = 180_000;

const expiry = (exp: unknown) => new Date(exp as string).getTime();

/** Problems with a credentials value (never its contents: a secret must not reach a message). */
export function credentialIssues(value: unknown, name = 'credentials'): ValidationIssue[] {
  const issues = checkSchema(CREDENTIALS, value, name);
  const exp = (value as ExpiringCredentials | undefined)?.expiration;
  if (exp !== undefined && Number.isNaN(expiry(exp))) {
    issues.push({ parameter: `${name}.expiration`, problem: 'is not a date', allowed: 'a Date, epoch milliseconds or an ISO 8601 string' });
  }
  return issues;
}

/**
 * Gives a credentials object a `toJSON` and custom Node/Deno inspectors that show `[REDACTED]` for the secret
 * and the token, so logging a config that holds it leaks nothing; code that reads the fields still works.
 */
export function hideSecrets<T extends Credentials>(c: T): T {
  if (c.securityToken === undefined) delete c.securityToken;
  const view = () => ({ accessKeyId: c.accessKeyId, accessKeySecret: REDACTED, ...(c.securityToken === undefined ? {} : { securityToken: REDACTED }) });
  const define = (key: PropertyKey, value: () => unknown) => Object.defineProperty(c, key, { value, configurable: true });
  define('toJSON', view);
  define(Symbol.for('nodejs.util.inspect.custom'), view);
  // Deno's inspector wants text.
  define(Symbol.for('Deno.customInspect'), () => JSON.stringify(view()));
  return c;
}

/** Checks credentials and keeps only the three signing fields, so nothing else a provider returned travels further. */
function signingFields(c: ExpiringCredentials, name: string): Credentials {
  refuse(credentialIssues(c, name));
  return hideSecrets({ accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, securityToken: c.securityToken });
}

/** Returns the credentials to sign the next request with; `fixed` when they never change (no provider). */
export type CredentialSource = (() => Promise<Credentials>) & { fixed?: true };

/**
 * A function that returns the credentials to sign the next request with. Static credentials are checked
 * once, here; a provider's answers are checked when they arrive and shared by concurrent callers.
 */
export function credentialSource(option: CredentialsOption, now: () => number = Date.now): CredentialSource {
  if (typeof option !== 'function') {
    const fixed = signingFields(option, 'credentials');
    return Object.assign(() => Promise.resolve(fixed), { fixed: true as const });
  }
  let cached: Credentials | undefined;
  let refreshAt = 0;
  let pending: Promise<Credentials> | undefined;
  const load = async (): Promise<Credentials> => {
    const fetchedAt = now();
    const got = await option();
    cached = signingFields(got, 'credentials()');
    const expiresAt = expiry(got.expiration);
    refreshAt = got.expiration === undefined ? 0 : expiresAt - Math.min(REFRESH_MARGIN_MS, (expiresAt - fetchedAt) / 2);
    return cached;
  };
  return () =>
    cached && now() < refreshAt
      ? Promise.resolve(cached)
      : (pending ??= load().finally(() => {
          pending = undefined;
        }));
}

/**
 * Credentials from an environment object — a Workers `env`, `Deno.env.toObject()`, `process.env` — read from
 * `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET` and, when set and non-empty,
 * `ALIBABA_CLOUD_SECURITY_TOKEN`. Throws `EcsValidationError` naming the missing variable. The secret fields of
 * the result are hidden from `JSON.stringify` and `util.inspect`.
 */
export function fromEnv(env: Readonly<Record<string, string | undefined>>): Credentials {
  const id = 'ALIBABA_CLOUD_ACCESS_KEY_ID';
  const secret = 'ALIBABA_CLOUD_ACCESS_KEY_SECRET';
  refuse(checkSchema({ type: 'object', title: 'an object of environment variables', required: [id, secret], properties: { [id]: KEY, [secret]: KEY } }, env, '', 'env'));
  const token = env.ALIBABA_CLOUD_SECURITY_TOKEN;
  return hideSecrets({ accessKeyId: env[id]!, accessKeySecret: env[secret]!, securityToken: token?.trim() ? token : undefined });
}
