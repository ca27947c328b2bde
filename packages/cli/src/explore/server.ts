// The explorer's local server (node:http, no framework): the page, its script and style (all from this
// server: the page loads nothing from anywhere else, so it works offline), and the relay (relay.ts). Bound to
// 127.0.0.1 by default; the relay answers only this page (its session token and its Host), so another site
// open in the same browser cannot use it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pageHtml, PAGE_CSS, type PageConfig } from './assets.js';
import { ERROR_HEADER, forwardedHeaders, relayTarget, returnedHeaders, SESSION_HEADER, TARGET_HEADER } from './relay.js';

/** What the page is told about where its requests go. */
export interface ExplorerTarget {
  /** The embedded emulator: its origin and its (documented, demo) key, filled into the page. */
  emulator?: { url: string; credentials: { accessKeyId: string; accessKeySecret: string } } | undefined;
}

export interface ExplorerOptions extends ExplorerTarget {
  host?: string;
  port?: number;
  /** The page's bundled script; found next to the built CLI when absent. */
  script?: string;
  /** Called with each relayed request (method, target, status or failure): for a log line, never a secret. */
  onRelay?: (entry: { method: string; target: string; status?: number; problem?: string }) => void;
  /** How long one relayed request may take (default 60 s). */
  relayTimeoutMs?: number;
}

export interface Explorer {
  /** `http://HOST:PORT`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** The Content-Security-Policy of every answer: nothing from another origin, no inline script or style. */
export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'cross-origin-resource-policy': 'same-origin',
};

// The largest signed GET (20 tags of 128 characters, percent-encoded) is ~50 KB of URL in a header.
const MAX_HEADER_BYTES = 96 * 1024;
const MAX_BODY_BYTES = 1024 * 1024;

/** The page's script, built by tsdown into dist/explore/app.js (from dist/ chunks or, in tests, from src/explore/). */
export async function loadScript(): Promise<string> {
  const candidates = ['./explore/app.js', '../dist/explore/app.js', '../../dist/explore/app.js'].map((p) => new URL(p, import.meta.url));
  for (const url of candidates) {
    try {
      return await readFile(url, 'utf8');
    } catch {
      // the next place
    }
  }
  throw new Error('the explorer page script (dist/explore/app.js) is missing: build the CLI first (npx tsdown in packages/cli)');
}

const isLoopback = (host: string) => host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]';
const isWildcard = (host: string) => host === '0.0.0.0' || host === '::' || host === '[::]';

/** Starts the explorer's server; resolves once it listens. */
export async function startExplorer(options: ExplorerOptions = {}): Promise<Explorer> {
  const { host = '127.0.0.1', port = 0, emulator, onRelay, relayTimeoutMs = 60_000 } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`port must be an integer from 0 to 65535, got ${String(port)}`);
  const script = options.script ?? (await loadScript());
  const token = randomBytes(24).toString('base64url');
  let hosts = new Set<string>();

  const config: PageConfig = {
    session: token,
    ...(emulator ? { emulator: { endpoint: emulator.url, credentials: emulator.credentials } } : {}),
  };
  const html = pageHtml(config);

  const send = (res: ServerResponse, status: number, type: string, body: string | Uint8Array, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, ...extra });
    res.end(body);
  };

  const refuse = (res: ServerResponse, status: number, problem: string) =>
    send(res, status, 'text/plain; charset=utf-8', problem, { [ERROR_HEADER]: 'refused' });

  const sameToken = (given: string | undefined) => {
    const a = Buffer.from(given ?? '');
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  };

  async function relay(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    if (!sameToken(header(SESSION_HEADER))) return refuse(res, 403, 'this relay answers only the explorer page it served (missing or wrong session token)');
    // The page's own requests carry its origin (or none, for a same-origin GET); a form or page elsewhere would not.
    const from = header('origin');
    if (from !== undefined && from !== `http://${req.headers.host ?? ''}`) return refuse(res, 403, `requests from ${from} are not relayed`);
    if (method !== 'GET' && method !== 'POST') return refuse(res, 405, 'only GET and POST are relayed');
    const target = relayTarget(header(TARGET_HEADER), { emulatorOrigin: emulator ? new URL(emulator.url).origin : undefined });
    if ('problem' in target) {
      onRelay?.({ method, target: header(TARGET_HEADER) ?? '', problem: target.problem });
      return refuse(res, 403, target.problem);
    }
    const body = method === 'POST' ? await readBody(req) : undefined;
    if (body === null) return refuse(res, 413, `the body is larger than ${MAX_BODY_BYTES} bytes`);
    const abort = new AbortController();
    res.on('close', () => abort.abort());
    const timer = setTimeout(() => abort.abort(new Error(`no answer within ${relayTimeoutMs} ms`)), relayTimeoutMs);
    try {
      const answer = await fetch(target.url, {
        method,
        headers: forwardedHeaders(req.headers),
        ...(body && body.length > 0 ? { body } : {}),
        redirect: 'manual',
        signal: abort.signal,
      });
      const bytes = new Uint8Array(await answer.arrayBuffer());
      onRelay?.({ method, target: target.url.origin, status: answer.status });
      // The service's headers as they came (the page shows them), not this server's.
      res.writeHead(answer.status, { ...returnedHeaders(answer.headers), 'content-length': String(bytes.length) });
      res.end(bytes);
    } catch (error) {
      const reason = abort.signal.reason instanceof Error ? abort.signal.reason.message : describeFetchError(error);
      onRelay?.({ method, target: target.url.origin, problem: reason });
      if (!res.headersSent && !res.destroyed) send(res, 502, 'text/plain; charset=utf-8', `${target.url.host}: ${reason}`, { [ERROR_HEADER]: 'network' });
    } finally {
      clearTimeout(timer);
    }
  }

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const hostHeader = req.headers.host ?? '';
    // DNS rebinding: a page on another name that resolves here is not this page.
    if (!isWildcard(host) && !hosts.has(hostHeader)) return refuse(res, 421, `unexpected Host ${hostHeader}`);
    if (path === '/relay') {
      relay(req, res).catch((error: unknown) => {
        if (!res.headersSent) refuse(res, 500, String((error as Error)?.message ?? error));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'only GET');
    if (path === '/') return send(res, 200, 'text/html; charset=utf-8', html);
    if (path === '/app.js') return send(res, 200, 'text/javascript; charset=utf-8', script);
    if (path === '/style.css') return send(res, 200, 'text/css; charset=utf-8', PAGE_CSS);
    if (path === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${shown}:${address.port}`;
  hosts = new Set([`${shown}:${address.port}`, ...(isLoopback(host) ? ['127.0.0.1', 'localhost', '[::1]'].map((h) => `${h}:${address.port}`) : [])]);
  let closed: Promise<void> | undefined;
  return {
    url: origin,
    port: address.port,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** The body of a relayed POST, or null when it is too large. */
async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** `fetch failed` says nothing: the cause (`getaddrinfo ENOTFOUND …`, `ECONNREFUSED`) does. */
function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.message ?? cause?.code ?? (error as Error)?.message ?? String(error);
}
