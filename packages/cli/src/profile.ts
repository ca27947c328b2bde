// Profiles of the aliyun CLI (`~/.aliyun/config.json`), so people who already ran `aliyun configure` need
// nothing else. Only the modes that hold a key are supported: AK and StsToken.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closest } from './suggest.js';
import { usageError } from './usage-error.js';

/** Credentials and region read from one profile. */
export interface ProfileCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
  regionId?: string;
}

/** The modes this CLI can use; the others (RamRoleArn, EcsRamRole, …) need an STS or metadata call first. */
export const SUPPORTED_MODES = ['AK', 'StsToken'] as const;

interface RawProfile {
  name?: unknown;
  mode?: unknown;
  access_key_id?: unknown;
  access_key_secret?: unknown;
  sts_token?: unknown;
  region_id?: unknown;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Where the aliyun CLI keeps its profiles under `homeDir`. */
export function aliyunConfigPath(homeDir: string): string {
  return join(homeDir, '.aliyun', 'config.json');
}

/**
 * Reads profile `name` from `<homeDir>/.aliyun/config.json`. Every problem is a usage error of subcommand `command` naming `--profile`;
 * no message quotes the file's content (a JSON parse error would echo a slice of it, secrets included).
 */
export function readProfile(homeDir: string, name: string, command = ''): ProfileCredentials {
  const path = aliyunConfigPath(homeDir);
  const allowedFile = `a profile of ${path} (create one with: aliyun configure --profile NAME)`;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw usageError('--profile', `cannot read ${path}`, allowedFile, command);
  }
  let config: { profiles?: unknown };
  try {
    config = JSON.parse(raw) as { profiles?: unknown };
  } catch {
    throw usageError('--profile', `${path} is not valid JSON`, allowedFile, command);
  }
  const profiles = Array.isArray(config?.profiles) ? (config.profiles as RawProfile[]) : [];
  const names = profiles.map((p) => text(p?.name)).filter((n) => n !== '');
  const profile = profiles.find((p) => text(p?.name) === name);
  if (!profile) {
    const guess = closest(name, names);
    throw usageError('--profile', `no profile "${name}" in ${path}${guess ? ` (did you mean "${guess}"?)` : ''}`,
      names.length > 0 ? names.join(', ') : allowedFile, command);
  }
  const mode = text(profile.mode) || 'AK';
  if (!(SUPPORTED_MODES as readonly string[]).includes(mode)) {
    throw usageError('--profile', `profile "${name}" uses mode ${mode}, which this CLI cannot use`, `a profile in mode ${SUPPORTED_MODES.join(' or ')}`, command);
  }
  const result: ProfileCredentials = { accessKeyId: text(profile.access_key_id), accessKeySecret: text(profile.access_key_secret) };
  const missing = [
    result.accessKeyId === '' ? 'access_key_id' : '',
    result.accessKeySecret === '' ? 'access_key_secret' : '',
    mode === 'StsToken' && text(profile.sts_token) === '' ? 'sts_token' : '',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw usageError('--profile', `profile "${name}" (mode ${mode}) has no ${missing.join(', ')}`,
      mode === 'StsToken' ? 'a StsToken profile with access_key_id, access_key_secret and sts_token' : 'an AK profile with access_key_id and access_key_secret', command);
  }
  if (mode === 'StsToken') result.securityToken = text(profile.sts_token);
  if (text(profile.region_id) !== '') result.regionId = text(profile.region_id);
  return result;
}
