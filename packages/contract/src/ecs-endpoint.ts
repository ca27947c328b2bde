// Which requests the in-process adapters (`/msw`, `/undici`) hand to the emulator: those addressed to an ECS
// endpoint, as Alibaba's SDKs and this project's client build them, so a test needs no `endpoint` option and
// no port. Kept in one place so both adapters (and their tests) agree on it.
import { createEmulator, type Emulator } from './emulator.js';
import type { EmulatorOptions } from './options.js';

/**
 * Host names of the ECS API, matched whole and case-insensitively: the shared `ecs.aliyuncs.com`, the regional
 * `ecs.<region>.aliyuncs.com`, the VPC `ecs-vpc.<region>.aliyuncs.com`, and the SDK table's dashed hosts
 * (`ecs-cn-hangzhou.aliyuncs.com`, the default of both SDKs for cn-hangzhou).
 */
export const ECS_HOSTS: RegExp = /^(?:ecs(?:-vpc)?(?:\.[a-z0-9-]+)?|ecs-[a-z]+-[a-z0-9-]+)\.aliyuncs\.com$/i;

/** Options of the adapters besides the emulator's own. */
export interface InterceptOptions {
  /** Host names to answer, tested against the URL's host name without port (default {@link ECS_HOSTS}). */
  hosts?: RegExp;
}

/** A test of absolute URLs: http(s) to a host name `hosts` matches (default {@link ECS_HOSTS}). */
export function urlMatcher(hosts: RegExp = ECS_HOSTS): (url: URL) => boolean {
  // A RegExp with the g or y flag keeps state between calls; a copy without them tests each host afresh.
  const re = hosts.global || hosts.sticky ? new RegExp(hosts.source, hosts.flags.replace(/[gy]/g, '')) : hosts;
  return ({ protocol, hostname }) => (protocol === 'https:' || protocol === 'http:') && re.test(hostname);
}

/** An emulator given as one, or made from options. */
export const emulatorFrom = (given: Emulator | EmulatorOptions = {}): Emulator => (typeof given === 'function' ? given : createEmulator(given));
