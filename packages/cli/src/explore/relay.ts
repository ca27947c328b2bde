// The explorer's relay: Alibaba's API sends no CORS headers, so the page cannot call it from the browser. The
// page signs each request itself (the secret never leaves it) and hands the signed request to this server,
// which forwards it unchanged to the one kind of host it may reach (an ECS endpoint under aliyuncs.com over
// HTTPS, or the embedded emulator) and hands the answer back. It never signs, never adds a credential, never
// follows a redirect, and forwards only the headers a signed request needs.

/** ECS endpoint hosts: `ecs.<region>.aliyuncs.com`, `ecs-vpc.<region>…`, `ecs-cn-hangzhou.aliyuncs.com`, `ecs.aliyuncs.com`. */
export const ECS_HOST = /^ecs(?:-[a-z0-9]+(?:-[a-z0-9]+)*)?(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*\.aliyuncs\.com$/;

/** The header that carries the signed request's URL from the page to the relay. */
export const TARGET_HEADER = 'x-explorer-target';
/** The header that carries the page's session token (other sites cannot read the page, so cannot know it). */
export const SESSION_HEADER = 'x-explorer-session';
/** Set on the relay's own refusals and failures (`refused`, `network`), so the page tells them from the API's answers. */
export const ERROR_HEADER = 'x-explorer-error';

/** Request headers passed on: what the signature covers and what the service reads. Nothing else of the browser's. */
const FORWARDED = /^(authorization|accept|content-type|x-acs-[a-z0-9-]+)$/;
/** Response headers not passed back: hop-by-hop ones, and those fetch has already acted on (the body is decoded). */
const DROPPED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length', 'set-cookie', 'upgrade', 'trailer']);

/** Where a signed request may go: the emulator's origin when there is one, else ECS hosts over HTTPS. */
export interface RelayPolicy {
  /** `http://127.0.0.1:PORT` of the embedded emulator: then it is the only target. */
  emulatorOrigin?: string | undefined;
}

/** The URL to forward to, or why not. RPC actions live at `/`, so any other path is refused too. */
export function relayTarget(raw: string | undefined, policy: RelayPolicy): { url: URL } | { problem: string } {
  if (!raw) return { problem: `no ${TARGET_HEADER} header: the page sends the signed request's URL in it` };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: 'the target is not an absolute URL' };
  }
  if (url.username || url.password) return { problem: 'the target carries credentials' };
  if (url.pathname !== '/' || url.hash) return { problem: 'the target has a path other than / (every action is at /)' };
  if (policy.emulatorOrigin !== undefined) {
    return url.origin === policy.emulatorOrigin ? { url } : { problem: `with --emulator the relay reaches only the emulator at ${policy.emulatorOrigin}, not ${url.origin}` };
  }
  if (url.protocol !== 'https:') return { problem: `the relay reaches ECS endpoints over https only, not ${url.protocol}` };
  if (url.port !== '') return { problem: 'the relay reaches ECS endpoints on the default port only' };
  if (!ECS_HOST.test(url.hostname)) return { problem: `${url.hostname} is not an ECS endpoint (ecs….aliyuncs.com): the relay reaches no other host` };
  return { url };
}

/** The page passes the client's user agent in this header (a browser does not let a page set `user-agent`). */
export const USER_AGENT_HEADER = 'x-explorer-user-agent';

/** The headers of a signed request worth forwarding, from the page's request to the relay. */
export function forwardedHeaders(headers: Readonly<Record<string, string | string[] | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    const text = Array.isArray(value) ? value.join(', ') : value;
    if (text === undefined) continue;
    if (FORWARDED.test(lower)) out[lower] = text;
    else if (lower === USER_AGENT_HEADER && text !== '') out['user-agent'] = text;
  }
  return out;
}

/** The headers of the service's answer to pass back to the page. */
export function returnedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!DROPPED.has(name.toLowerCase())) out[name] = value;
  });
  return out;
}
