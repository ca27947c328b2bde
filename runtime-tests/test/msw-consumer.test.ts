// The check, as a consumer does it: in a scratch app outside the repository, the packed packages and
// (from the registry) msw 2 and Alibaba's SDK are installed; MSW's setupServer with the contract package's
// `/msw` handlers, then Alibaba's SDK and this project's client call the default ECS endpoint and get the
// emulator's data with signatures verified, and are refused with a wrong secret (consumer-msw/check.mjs).
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { installConsumerApp, type ConsumerApp } from '../harness/consumer.ts';
import { here, repoRoot } from '../harness/paths.ts';
import { runJsonLine, runOk } from '../harness/run.ts';

// The same versions the workspace tests with (exact pins from the manifests).
const pin = (file: string, name: string) => `${name}@${JSON.parse(readFileSync(file, 'utf8')).devDependencies[name]}`;
const EXTRAS = [
  pin(join(here, 'package.json'), 'msw'),
  pin(join(repoRoot, 'package.json'), '@alicloud/ecs20140526'),
  pin(join(repoRoot, 'package.json'), '@alicloud/openapi-core'),
];

let consumer: ConsumerApp;
beforeAll(async () => {
  consumer = await installConsumerApp();
  await runOk('npm', ['install', ...EXTRAS, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: consumer.app, timeoutMs: 180_000 });
  copyFileSync(join(here, 'consumer-msw', 'check.mjs'), join(consumer.app, 'msw-check.mjs'));
}, 300_000);
afterAll(() => {
  if (consumer) rmSync(consumer.root, { recursive: true, force: true });
});

it("a scratch app: setupServer(...ecsHandlers()) answers Alibaba's SDK and the client at the default endpoint, signatures verified", async () => {
  expect(consumer.app.startsWith(repoRoot)).toBe(false);
  const r = await runJsonLine<Record<string, unknown>>(process.execPath, ['msw-check.mjs'], { cwd: consumer.app, timeoutMs: 60_000 });
  expect(r).toEqual({
    expected: 50,
    sdkSame: true,
    sdkV1Total: 50,
    clientSame: true,
    fetchSame: true,
    sdkWrong: '400 SignatureDoesNotMatch',
    sdkV1Wrong: '400 SignatureDoesNotMatch',
    clientWrong: '400 SignatureDoesNotMatch',
    hosts: ['ecs-cn-hangzhou.aliyuncs.com'],
    log: [
      '200 v3',
      '200 v1',
      ...Array(3).fill('200 v3'),
      '200 v3',
      '400 v3 SignatureDoesNotMatch',
      '400 v1 SignatureDoesNotMatch',
      '400 v3 SignatureDoesNotMatch',
    ],
  });
});
