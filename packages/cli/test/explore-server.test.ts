// The explorer's server, in-process: the page and its assets (one origin, a CSP that forbids anything else),
// and the relay: only for the page it served (session token, Host, Origin), only to the emulator or ECS hosts,
// forwarding only what a signed request needs and the answer as the service gave it.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';
import { DEFAULT_CREDENTIALS } from '@org/ecs-pipelines-contract';
import { startEmulatorServer, type EmulatorServer } from '@org/ecs-pipelines-contract/node';
import { encodeQuery, signRequest, toWireParams } from '@org/ecs-pipelines-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, type Explorer, startExplorer } from '../src/explore/server.js';
import { closedPortUrl } from './helpers/cli.js';
import { ECS_HOST, relayTarget } from '../src/explore/relay.js';

let emulator: EmulatorServer;
let explorer: Explorer;
let session: string;
let echo: Server;
let echoed: IncomingHttpHeaders[] = [];
let echoExplorer: Explorer;
let echoSession: string;

const sessionOf = async (e: Explorer) => /"session":"([^"]+)"/.exec(await (await fetch(e.url)).text())![1]!;

beforeAll(async () => {
  emulator = await startEmulatorServer({ port: 0 });
  explorer = await startExplorer({ script: 'export {};', emulator: { url: emulator.url, credentials: { ...DEFAULT_CREDENTIALS } } });
  session = await sessionOf(explorer);
  // An upstream that shows what arrives (standing in for the emulator's origin).
  echo = createServer((req, res) => {
    echoed.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'a=b', 'x-acs-request-id': 'R-1', connection: 'close' }).end('{"RequestId":"R-1"}');
  }).listen(0, '127.0.0.1');
  await new Promise((r) => echo.once('listening', r));
  echoExplorer = await startExplorer({ script: 'export {};', emulator: { url: `http://127.0.0.1:${(echo.address() as AddressInfo).port}`, credentials: { ...DEFAULT_CREDENTIALS } } });
  echoSession = await sessionOf(echoExplorer);
});

afterAll(async () => {
  await explorer.close();
  await echoExplorer.close();
  await emulator.close();
  await new Promise((r) => echo.close(r));
});

/** A signed DescribeImagePipelines for `origin`, as the page's client hands it to fetch. */
async function signed(origin: string, secret = DEFAULT_CREDENTIALS.accessKeySecret) {
  const params = toWireParams({ RegionId: 'cn-hangzhou', MaxResults: 3 });
  const url = `${origin}/?${encodeQuery(params)}`;
  return signRequest({ signatureVersion: 'v3', method: 'GET', url, headers: { accept: 'application/json' }, credentials: { ...DEFAULT_CREDENTIALS, accessKeySecret: secret }, action: 'DescribeImagePipelines', version: '2014-05-26', params });
}

/** A raw request to the explorer (fetch would not let a test set Host). */
function raw(e: Explorer, path: string, headers: Record<string, string>, method = 'GET'): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${e.url}${path}`, { method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the page', () => {
  it('serves the page, its script and its style from this origin only, under a CSP that allows nothing else', async () => {
    const page = await fetch(explorer.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(CSP).toMatch(/default-src 'none'; script-src 'self'; style-src 'self';/);
    const html = await page.text();
    expect(html.match(/(?:src|href)="[^"]*"/g)).toEqual(['href="/style.css"', 'src="/app.js"', 'href="#operation"']);
    const style = await (await fetch(`${explorer.url}/style.css`)).text();
    expect(style).not.toMatch(/@import|url\(|@font-face/);
    expect((await fetch(`${explorer.url}/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${explorer.url}/nope`)).status).toBe(404);
  });

  it('gives the page the emulator and its demo key, and a session token', async () => {
    const config = JSON.parse(/<script type="application\/json" id="explorer-config">(.*?)<\/script>/.exec(await (await fetch(explorer.url)).text())![1]!);
    expect(config).toEqual({ session, emulator: { endpoint: emulator.url, credentials: DEFAULT_CREDENTIALS } });
    expect(session).toMatch(/^[\w-]{32}$/);
  });
});

describe('the relay', () => {
  it('forwards a signed request to the emulator and hands back its answer', async () => {
    const s = await signed(emulator.url);
    const res = await fetch(`${explorer.url}/relay`, { headers: { ...s.headers, 'x-explorer-target': s.url, 'x-explorer-session': session } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-explorer-error')).toBeNull();
    const body = await res.json();
    expect(body.TotalCount).toBe(emulator.emulator.pipelines['cn-hangzhou']!.length);
    expect(res.headers.get('x-acs-request-id')).toBe(body.RequestId);
  });

  it('hands back the service\'s refusal as it is (a wrong secret: SignatureDoesNotMatch with its string to sign)', async () => {
    const s = await signed(emulator.url, 'wrong');
    const res = await fetch(`${explorer.url}/relay`, { headers: { ...s.headers, 'x-explorer-target': s.url, 'x-explorer-session': session } });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.Code).toBe('SignatureDoesNotMatch');
    expect(body.Message).toMatch(/server string to sign is:ACS3-HMAC-SHA256\n[0-9a-f]{64}$/);
  });

  it('forwards only what a signed request needs: no cookie, no session token, no browser headers', async () => {
    echoed = [];
    const target = `http://127.0.0.1:${(echo.address() as AddressInfo).port}/?Action=X`;
    const res = await fetch(`${echoExplorer.url}/relay`, {
      headers: {
        authorization: 'ACS3-HMAC-SHA256 Credential=k,SignedHeaders=host,Signature=00',
        'x-acs-date': '2026-01-01T00:00:00Z',
        accept: 'application/json',
        cookie: 'sid=1',
        referer: 'http://elsewhere/',
        'x-explorer-user-agent': 'ecs-pipelines-client/0.1.0 (browser)',
        'x-explorer-target': target,
        'x-explorer-session': echoSession,
        'x-other': 'no',
      },
    });
    expect(res.status).toBe(200);
    // A cookie of the service would land on the explorer's origin: dropped, like hop-by-hop headers.
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(res.headers.get('x-acs-request-id')).toBe('R-1');
    const got = echoed[0]!;
    expect(got['authorization']).toMatch(/^ACS3-HMAC-SHA256 /);
    expect(got['x-acs-date']).toBe('2026-01-01T00:00:00Z');
    expect(got['user-agent']).toBe('ecs-pipelines-client/0.1.0 (browser)');
    for (const name of ['cookie', 'referer', 'x-explorer-target', 'x-explorer-session', 'x-explorer-user-agent', 'x-other']) expect(got[name], name).toBeUndefined();
  });

  it('answers only the page it served: a session token, its own Host, its own Origin', async () => {
    const s = await signed(emulator.url);
    const headers = { ...s.headers, 'x-explorer-target': s.url };
    const noToken = await raw(explorer, '/relay', headers);
    expect([noToken.status, noToken.headers['x-explorer-error']]).toEqual([403, 'refused']);
    expect((await raw(explorer, '/relay', { ...headers, 'x-explorer-session': 'guess' })).status).toBe(403);
    const rebound = await raw(explorer, '/relay', { ...headers, 'x-explorer-session': session, host: `evil.example:${explorer.port}` });
    expect(rebound.status).toBe(421);
    expect((await raw(explorer, '/', { host: `evil.example:${explorer.port}` })).status).toBe(421);
    const elsewhere = await raw(explorer, '/relay', { ...headers, 'x-explorer-session': session, origin: 'http://evil.example' });
    expect([elsewhere.status, elsewhere.body]).toEqual([403, 'requests from http://evil.example are not relayed']);
    expect((await raw(explorer, '/relay', { ...headers, 'x-explorer-session': session, origin: explorer.url })).status).toBe(200);
    expect((await raw(explorer, '/relay', { ...headers, 'x-explorer-session': session }, 'DELETE')).status).toBe(405);
  });

  it('with --emulator reaches the emulator only', async () => {
    const s = await signed('https://ecs.cn-hangzhou.aliyuncs.com');
    const res = await fetch(`${explorer.url}/relay`, { headers: { ...s.headers, 'x-explorer-target': s.url, 'x-explorer-session': session } });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-explorer-error')).toBe('refused');
    expect(await res.text()).toBe(`with --emulator the relay reaches only the emulator at ${emulator.url}, not https://ecs.cn-hangzhou.aliyuncs.com`);
  });

  it('without it, reaches ECS endpoints over HTTPS only', () => {
    const ok = (url: string) => 'url' in relayTarget(url, {});
    for (const url of ['https://ecs.cn-hangzhou.aliyuncs.com/?A=1', 'https://ecs-cn-hangzhou.aliyuncs.com/', 'https://ecs.aliyuncs.com/', 'https://ecs-vpc.ap-southeast-1.aliyuncs.com/', 'https://ecs.cn-qingdao-nebula.aliyuncs.com/']) {
      expect(ok(url), url).toBe(true);
    }
    const refused: Array<[string, RegExp]> = [
      ['http://ecs.cn-hangzhou.aliyuncs.com/', /https only/],
      ['https://ecs.cn-hangzhou.aliyuncs.com:8443/', /default port/],
      ['https://evil.example/', /not an ECS endpoint/],
      ['https://ecs.cn-hangzhou.aliyuncs.com.evil.example/', /not an ECS endpoint/],
      ['https://vpc.cn-hangzhou.aliyuncs.com/', /not an ECS endpoint/],
      ['https://ecsx.aliyuncs.com/', /not an ECS endpoint/],
      ['https://user:pw@ecs.cn-hangzhou.aliyuncs.com/', /credentials/],
      ['https://ecs.cn-hangzhou.aliyuncs.com/admin', /path/],
      ['http://127.0.0.1:1/', /https only/],
      ['not a url', /absolute URL/],
    ];
    for (const [url, why] of refused) expect((relayTarget(url, {}) as { problem: string }).problem, url).toMatch(why);
    expect((relayTarget(undefined, {}) as { problem: string }).problem).toMatch(/no x-explorer-target/);
    expect(ECS_HOST.test('ecs.cn-hangzhou.aliyuncs.com')).toBe(true);
  });

  it('reports a target it cannot reach as the relay\'s own failure, not as an answer of the service', async () => {
    const nowhere = await closedPortUrl();
    const closed = await startExplorer({ script: '', emulator: { url: nowhere, credentials: { ...DEFAULT_CREDENTIALS } } });
    try {
      const token = await sessionOf(closed);
      const res = await fetch(`${closed.url}/relay`, { headers: { 'x-explorer-target': `${nowhere}/`, 'x-explorer-session': token } });
      expect(res.status).toBe(502);
      expect(res.headers.get('x-explorer-error')).toBe('network');
      expect(await res.text()).toMatch(new RegExp(`^${new URL(nowhere).host}: .*ECONNREFUSED`));
    } finally {
      await closed.close();
    }
  });
});
