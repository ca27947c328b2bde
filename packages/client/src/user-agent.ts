// The user agent: this package, its version, the runtime, and the caller's appId.
import { VERSION } from './version.js';

/**
 * The runtime as WinterTC's `navigator.userAgent` names it (`Deno/2.1.4`, `Bun/1.1.0`, `Cloudflare-Workers`,
 * `Node.js/22`), or `browser` for a browser's long string. No global of a particular runtime is probed.
 */
export function webRuntime(): string {
  const ua = (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent;
  if (typeof ua !== 'string' || !ua) return 'unknown-runtime';
  return ua.startsWith('Mozilla/') ? 'browser' : (ua.split(' ')[0] ?? ua);
}

/** `ecs-pipelines-client/<version> (<runtime>)[ <appId>]`. */
export const userAgent = (runtime: string, appId?: string): string =>
  `ecs-pipelines-client/${VERSION} (${runtime})${appId ? ` ${appId}` : ''}`;
