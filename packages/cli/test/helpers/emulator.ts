// An emulator per test file, on 127.0.0.1 port 0, with credentials the tests choose (canaries included).
import { startEmulatorServer, type EmulatorServer, type EmulatorServerOptions } from '@org/ecs-pipelines-contract/node';

/** A canary secret and token with the characters that get percent-encoded, so every spelling is checked. */
export const CANARY = {
  accessKeyId: 'LTAI5tCanaryKeyId0001',
  accessKeySecret: 'CanarySecret+/=~*!xyzzy-4f3a9c0b',
  securityToken: 'CAIS+CanaryToken/zq==&with=specials~*plugh-77e1',
} as const;

/** Environment that gives the binary the canary credentials and region. */
export function canaryEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ALIBABA_CLOUD_ACCESS_KEY_ID: CANARY.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: CANARY.accessKeySecret,
    ALIBABA_CLOUD_SECURITY_TOKEN: CANARY.securityToken,
    ALIBABA_CLOUD_REGION_ID: 'cn-hangzhou',
    ...extra,
  };
}

/** Starts an emulator that accepts the canary credentials (with their token). */
export function startCanaryEmulator(options: EmulatorServerOptions = {}): Promise<EmulatorServer> {
  return startEmulatorServer({ host: '127.0.0.1', port: 0, credentials: [{ ...CANARY }], retryAfterMs: 10, slowMs: 1_500, ...options });
}

export type { EmulatorServer };
