// The contract suite: passes against the emulator (in process and over HTTP), notices a broken server, and
// runs against the real service only when credentials are in the environment.
import { describe, expect, it } from 'vitest';
import { CONTRACT_CHECKS, createEmulator, DEFAULT_CREDENTIALS, runContractSuite, type ContractSuiteReport, type Emulator } from '../src/index.js';
import { startEmulatorServer } from '../src/node/index.js';
import { fetchVia } from './helpers.js';

const show = (r: ContractSuiteReport) => r.results.filter((x) => x.status !== 'passed').map((x) => `${x.status}: ${x.name}: ${x.detail}`);

describe('runContractSuite', () => {
  it('passes every check against the emulator over HTTP', async () => {
    const server = await startEmulatorServer({ pipelines: 57 });
    try {
      const report = await runContractSuite({ endpoint: server.url, credentials: { ...DEFAULT_CREDENTIALS }, regionId: 'cn-hangzhou' });
      expect(show(report)).toEqual([]);
      expect(report.passed).toBe(CONTRACT_CHECKS.length);
      console.log(`contract suite vs emulator (HTTP): ${report.passed} checks passed, ${report.itemsChecked} items checked`);
    } finally {
      await server.close();
    }
  });

  it('leaves nothing behind; against a server without the clock endpoint the build checks are skipped unless builds: true', async () => {
    const em = createEmulator({ pipelines: 5, control: false });
    const before = { pipelines: em.pipelines['cn-hangzhou']!.length, components: em.components['cn-hangzhou']!.length };
    const report = await runContractSuite({ endpoint: 'http://127.0.0.1:8787', credentials: { ...DEFAULT_CREDENTIALS }, regionId: 'cn-hangzhou', fetch: fetchVia(em), only: ['lifecycle:'] });
    expect(report.results.map((r) => r.status)).toEqual(['passed', 'passed', 'skipped', 'skipped']);
    expect(report.results[2]!.detail).toMatch(/billed instances.*builds: true/);
    // With builds: true it polls in real time: a 1 ms build step ends the build between two polls.
    const quick = createEmulator({ pipelines: 5, control: false, buildStepMs: 1 });
    const polled = await runContractSuite({ endpoint: 'http://127.0.0.1:8787', credentials: { ...DEFAULT_CREDENTIALS }, regionId: 'cn-hangzhou', fetch: fetchVia(quick), only: ['lifecycle: a build'], builds: true, pollIntervalMs: 5 });
    expect(show(polled)).toEqual([]);
    for (const e of [em, quick]) {
      expect(e.pipelines['cn-hangzhou']!.length).toBe(before.pipelines);
      expect(e.components['cn-hangzhou']!.length).toBe(before.components);
      expect(e.pipelines['cn-hangzhou']!.some((p) => p.Name?.startsWith('contract-suite-'))).toBe(false);
    }
  });

  it('notices a server that ignores ClientToken, and removes the duplicate it made', async () => {
    // Strips the token from creates (the signatures are not checked): every retry creates another resource.
    const unsigned = createEmulator({ pipelines: 3, verifySignatures: false });
    const lax: Emulator = Object.assign(async (req: Request) => {
      const url = new URL(req.url);
      if (req.headers.get('x-acs-action')?.startsWith('Create')) url.searchParams.delete('ClientToken');
      return unsigned(new Request(url, { method: req.method, headers: req.headers }));
    }, unsigned);
    const report = await runContractSuite({ endpoint: 'http://127.0.0.1:8787', credentials: { ...DEFAULT_CREDENTIALS }, regionId: 'cn-hangzhou', fetch: fetchVia(lax), only: ['lifecycle: Create'] });
    expect(report.results.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(report.results[0]!.detail).toMatch(/the retry answered ip-\w+, the first call ip-/);
    expect(unsigned.pipelines['cn-hangzhou']!.some((p) => p.Name?.startsWith('contract-suite-'))).toBe(false);
  });

  it('passes in process too, with STS credentials', async () => {
    const creds = { accessKeyId: 'STS.suite', accessKeySecret: 'suite-secret', securityToken: 'CAIS-suite' };
    const em = createEmulator({ credentials: [creds], pipelines: 8, regions: ['ap-southeast-1'] });
    const report = await runContractSuite({ endpoint: 'http://127.0.0.1:8787', credentials: creds, regionId: 'ap-southeast-1', fetch: fetchVia(em) });
    expect(show(report)).toEqual([]);
  });

  it('reports what a broken server gets wrong, without throwing and without the secret', async () => {
    // No signature checks, and pages that lose an item: the suite must say so.
    const lax = createEmulator({ verifySignatures: false, pipelines: 12 });
    const lossy: Emulator = Object.assign(async (req: Request) => {
      const res = await lax(req);
      if (res.status !== 200) return res;
      const body = (await res.json()) as Record<string, Record<string, unknown[]>>;
      // Whatever the action, its list is the one array under a wrapper.
      for (const wrapper of Object.values(body)) for (const list of Object.values(Object(wrapper))) if (Array.isArray(list) && list.length > 1) list.pop();
      return new Response(JSON.stringify(body), { headers: res.headers });
    }, lax);
    const report = await runContractSuite({ endpoint: 'http://127.0.0.1:8787', credentials: { ...DEFAULT_CREDENTIALS }, regionId: 'cn-hangzhou', fetch: fetchVia(lossy) });
    const failed = report.results.filter((r) => r.status === 'failed').map((r) => r.name);
    expect(failed).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^DescribeImagePipelines: paging/),
        expect.stringMatching(/^DescribeImageComponents: paging/),
        expect.stringMatching(/^wrong secret, ACS3/),
        expect.stringMatching(/^wrong secret, HMAC-SHA1/),
        expect.stringMatching(/^a replayed request/),
        expect.stringMatching(/^a timestamp 20 minutes/),
      ]),
    );
    expect(JSON.stringify(report)).not.toContain(DEFAULT_CREDENTIALS.accessKeySecret);
    console.log(`contract suite vs a deliberately broken server: ${report.failed} of ${report.results.length} checks failed, as they should`);
  });

  it('a server that is not there fails the check with the network error, not a crash', async () => {
    const report = await runContractSuite({ endpoint: 'http://127.0.0.1:1', credentials: { ...DEFAULT_CREDENTIALS }, regionId: 'cn-hangzhou', only: ['v3 POST'] });
    expect(report.results).toHaveLength(1);
    expect(report.results[0]).toMatchObject({ status: 'failed', detail: expect.stringMatching(/TypeError/) });
  });
});

const id = process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
const secret = process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
const region = process.env.ALIBABA_CLOUD_REGION_ID ?? 'cn-hangzhou';
if (!id || !secret) console.log('contract suite vs the real service: skipped (set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET to run it)');

// The lifecycle checks create templates and components there (and delete them). Builds run billed instances,
// so they run only with ALIBABA_CLOUD_ECS_BUILDS=1; ALIBABA_CLOUD_ECS_BASE_IMAGE=IMAGE:m-… or IMAGE_FAMILY:…
// picks their source image. A successful build leaves its image (the API has no DeleteImage).
const builds = process.env.ALIBABA_CLOUD_ECS_BUILDS === '1';
const baseImage = /^(IMAGE|IMAGE_FAMILY):(.+)$/.exec(process.env.ALIBABA_CLOUD_ECS_BASE_IMAGE ?? '');

describe.skipIf(!id || !secret)('the real service', () => {
  it(`passes the contract suite against ecs.${region}.aliyuncs.com`, async () => {
    const report = await runContractSuite({
      endpoint: process.env.ALIBABA_CLOUD_ECS_ENDPOINT ?? `https://ecs.${region}.aliyuncs.com`,
      credentials: { accessKeyId: id!, accessKeySecret: secret!, ...(process.env.ALIBABA_CLOUD_SECURITY_TOKEN ? { securityToken: process.env.ALIBABA_CLOUD_SECURITY_TOKEN } : {}) },
      regionId: region,
      builds,
      ...(baseImage ? { baseImage: { type: baseImage[1] as 'IMAGE' | 'IMAGE_FAMILY', id: baseImage[2]! } } : {}),
    });
    console.log(`contract suite vs the real service: ${report.passed} passed, ${report.failed} failed, ${report.skipped} skipped\n${show(report).join('\n')}`);
    expect(show(report).filter((s) => s.startsWith('failed'))).toEqual([]);
  }, builds ? 3 * 3_600_000 : 300_000);
});
