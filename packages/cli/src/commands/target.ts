// Where a subcommand sends its requests and as whom: the real API (credentials from the environment or a
// profile, region from the flag, the environment or the profile) or the embedded emulator.
import { credentialsFrom, type Credentials } from '../credentials.js';
import type { Io } from '../io.js';
import type { SecretRegistry } from '../scrub.js';
import type { RunOptions } from './options.js';
import type { RegionChoice } from './request.js';

/** The region the emulator is asked about when none is given (it serves cn-hangzhou among its defaults). */
export const EMULATOR_REGION = 'cn-hangzhou';

/** Credentials and region for a run, before any server is started. */
export interface Target {
  /** undefined with --emulator: the emulator's own credentials are used. */
  credentials: Credentials | undefined;
  /** `--profile x`, or the variables, for errors about the credentials. */
  credentialsSource?: string;
  region: RegionChoice;
}

/** Resolves credentials and region; registers every secret with `secrets` before anything can print it. */
export function resolveTarget(options: RunOptions, io: Io, secrets: SecretRegistry, command: string): Target {
  const envRegion = io.env['ALIBABA_CLOUD_REGION_ID'] || undefined;
  const flagRegion: RegionChoice | undefined = options.region !== undefined ? { value: options.region, source: '--region' } : undefined;
  const fromEnv: RegionChoice | undefined = envRegion !== undefined ? { value: envRegion, source: 'ALIBABA_CLOUD_REGION_ID' } : undefined;
  if (options.emulator) {
    return { credentials: undefined, region: flagRegion ?? fromEnv ?? { value: EMULATOR_REGION, source: '--region' } };
  }
  const resolved = credentialsFrom(io.env, io.homeDir, options.profile, command);
  secrets.add(resolved.credentials.accessKeySecret);
  secrets.add(resolved.credentials.securityToken);
  return {
    credentials: resolved.credentials,
    credentialsSource: resolved.source,
    region: flagRegion ?? fromEnv ?? resolved.profileRegion ?? { value: undefined, source: '--region' },
  };
}
