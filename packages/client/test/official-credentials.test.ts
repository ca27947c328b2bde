// Alibaba's own credentials library (`@alicloud/credentials`, a test devDependency) as the client's provider:
// the README's recipe for ECS RAM roles, OIDC, profiles and credential URIs, which this client does not
// reimplement. Checked against the emulator with the library's static STS type, its default chain (from
// environment variables) and its credentials-URI type fed by a loopback server that rotates STS tokens.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createClient, type CredentialsProvider } from '../src/index.js';
import { type EmulatorServer, startEmulator } from './helpers/emulator.js';

interface OfficialCredential {
  getCredential(): Promise<{ accessKeyId: string; accessKeySecret: string; securityToken?: string }>;
}
type OfficialCtor = new (config?: Record<string, unknown>) => OfficialCredential;
// Exactly as the README loads it: a CommonJS package whose class is its `default` export.
const Credential = (createRequire(import.meta.url)('@alicloud/credentials') as { default: OfficialCtor }).default;

/** The README recipe: the official library caches and refreshes; the client asks it before each request. */
const fromOfficial = (credential: OfficialCredential): CredentialsProvider => async () => {
  const { accessKeyId, accessKeySecret, securityToken } = await credential.getCredential();
  return { accessKeyId, accessKeySecret, securityToken };
};

const generation = (g: number) => ({ accessKeyId: `STS.uri${g}`, accessKeySecret: `uri-secret-${g}`, securityToken: `uri-token-${g}` });

let emulator: EmulatorServer;
beforeAll(async () => {
  emulator = await startEmulator({
    credentials: [{ accessKeyId: 'LTAIstatic', accessKeySecret: 'static-secret', securityToken: 'static-sts-token' }, { accessKeyId: 'LTAIenv', accessKeySecret: 'env-secret' }, ...[0, 1, 2, 3].map(generation)],
  });
});
afterAll(() => emulator.close());

const saved = { ...process.env };
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

it("the library's static STS credentials sign requests the emulator accepts (token checked)", async () => {
  const credential = new Credential({ type: 'sts', accessKeyId: 'LTAIstatic', accessKeySecret: 'static-secret', securityToken: 'static-sts-token' });
  const client = createClient({ regionId: 'cn-hangzhou', endpoint: emulator.url, credentials: fromOfficial(credential) });
  const page = await client.describeImagePipelines({ MaxResults: 5 });
  expect(page.$metadata.httpStatusCode).toBe(200);
  expect(emulator.emulator.log.at(-1)).toMatchObject({ status: 200, accessKeyId: 'LTAIstatic' });
});

it("the library's default chain (environment variables here) works as a provider", async () => {
  process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = 'LTAIenv';
  process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = 'env-secret';
  const client = createClient({ regionId: 'cn-hangzhou', endpoint: emulator.url, credentials: fromOfficial(new Credential()) });
  await client.describeImagePipelines({});
  expect(emulator.emulator.log.at(-1)).toMatchObject({ status: 200, accessKeyId: 'LTAIenv' });
});

it("the library's credentials-URI type: rotating STS tokens reach the client as the library refreshes them", async () => {
  // A credentials URI (as an ECS sidecar or a vault would serve it) whose tokens expire at once, so the
  // library fetches a new generation for every request.
  let served = 0;
  const uri = http.createServer((_req, res) => {
    const g = generation(Math.min(served++, 3));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ Code: 'Success', AccessKeyId: g.accessKeyId, AccessKeySecret: g.accessKeySecret, SecurityToken: g.securityToken, Expiration: new Date(Date.now() + 1_000).toISOString() }));
  });
  await new Promise<void>((resolve) => uri.listen(0, '127.0.0.1', resolve));
  try {
    const credential = new Credential({ type: 'credentials_uri', credentialsURI: `http://127.0.0.1:${(uri.address() as AddressInfo).port}/` });
    const client = createClient({ regionId: 'cn-hangzhou', endpoint: emulator.url, credentials: fromOfficial(credential) });
    const keys: string[] = [];
    for (let i = 0; i < 3; i++) {
      await client.describeImagePipelines({});
      keys.push(emulator.emulator.log.at(-1)!.accessKeyId!);
    }
    expect(served).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBeGreaterThanOrEqual(2);
    for (const k of keys) expect(k).toMatch(/^STS\.uri\d$/);
  } finally {
    uri.closeAllConnections();
    await new Promise((resolve) => uri.close(resolve));
  }
});
