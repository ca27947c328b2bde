// A tiny static file server on 127.0.0.1 for the Chromium page: serves files of the repository (the built
// packages and the scenario) and one generated HTML page. Its origin differs from the emulator's (another
// port), so every client call from the page is a real cross-origin request with a CORS preflight.
import { readFile, realpath } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };

export interface StaticServer {
  url: string;
  /** The URL path serving an absolute file path under the root. */
  pathFor: (file: string) => string;
  close: () => Promise<void>;
}

export async function startStaticServer(root: string, pages: Record<string, string>): Promise<StaticServer> {
  const base = await realpath(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
      return;
    }
    try {
      const file = await realpath(join(base, path));
      if (!file.startsWith(base + sep)) throw new Error('outside the root');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pathFor: (file) => `/${relative(base, file).split(sep).join('/')}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
