// Where credentials come from: --profile (or ALIBABA_CLOUD_PROFILE), else the ALIBABA_CLOUD_* variables.
// Missing or half-set credentials are usage errors (exit 2) that say what to set; no value is ever echoed.
import { readProfile } from './profile.js';
import { usageError } from './usage-error.js';

/** Credentials in the client's shape. */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** Credentials, with the profile's region when they came from a profile. */
export interface ResolvedCredentials {
  credentials: Credentials;
  /** `--profile NAME` or `ALIBABA_CLOUD_ACCESS_KEY_ID/…_SECRET`, for messages. */
  source: string;
  profileRegion?: { value: string; source: string };
}

const ID = 'ALIBABA_CLOUD_ACCESS_KEY_ID';
const SECRET = 'ALIBABA_CLOUD_ACCESS_KEY_SECRET';
const TOKEN = 'ALIBABA_CLOUD_SECURITY_TOKEN';
const HOW = `${ID} and ${SECRET} (plus ${TOKEN} for STS), or --profile NAME from ~/.aliyun/config.json, or --emulator to try it without an account`;

/** Resolves the credentials for a real request of subcommand `command`; throws a usage error when there are none or they are incomplete. */
export function credentialsFrom(env: Readonly<Record<string, string | undefined>>, homeDir: string, profileFlag?: string, command = ''): ResolvedCredentials {
  const profileName = profileFlag ?? (env['ALIBABA_CLOUD_PROFILE'] || undefined);
  if (profileName !== undefined) {
    const p = readProfile(homeDir, profileName, command);
    const credentials: Credentials = { accessKeyId: p.accessKeyId, accessKeySecret: p.accessKeySecret };
    if (p.securityToken !== undefined) credentials.securityToken = p.securityToken;
    const resolved: ResolvedCredentials = { credentials, source: `--profile ${profileName}` };
    if (p.regionId !== undefined) resolved.profileRegion = { value: p.regionId, source: `region_id of profile "${profileName}"` };
    return resolved;
  }
  const id = env[ID];
  const secret = env[SECRET];
  const token = env[TOKEN];
  if (id === undefined && secret === undefined && token === undefined) {
    throw usageError('credentials', 'none found', HOW, command);
  }
  if (!id) throw usageError(ID, id === undefined ? 'is not set' : 'is empty', `an AccessKey ID, set together with ${SECRET}`, command);
  if (!secret) throw usageError(SECRET, secret === undefined ? 'is not set' : 'is empty', `the AccessKey secret of ${ID}`, command);
  const credentials: Credentials = { accessKeyId: id, accessKeySecret: secret };
  // An empty token is "no token": shells often export the variable empty rather than unset it.
  if (token) credentials.securityToken = token;
  return { credentials, source: `${ID}/${SECRET}` };
}
