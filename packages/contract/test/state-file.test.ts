// --state FILE: what users did survives a restart (created, deleted, cancelled, the clock's advance, tokens),
// the file is replaced atomically after each change (no temporary file left behind), and a file that cannot
// be used stops the start with an error naming it, leaving it as it was.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Action, Credentials } from '@org/ecs-pipelines-core';
import { describe, expect, it } from 'vitest';
import { createEmulator, DEFAULT_CREDENTIALS, STATE_FORMAT } from '../src/index.js';
import { runEmulatorCommand, startEmulatorServer, StateFileError, type EmulatorServer } from '../src/node/index.js';
import { call } from '../src/suite/call.js';

const dir = mkdtempSync(join(tmpdir(), 'emulator-state-'));
const options = { pipelines: 5, executions: 1, components: 8, seed: 'state-test', regions: ['cn-hangzhou', 'cn-beijing'], buildStepMs: 60_000 };
const send = async (server: EmulatorServer, action: Action, input: Record<string, unknown> = {}) => {
  const target = { endpoint: server.url, credentials: DEFAULT_CREDENTIALS as Credentials, regionId: 'cn-hangzhou', fetch, now: () => new Date() };
  const res = await call(target, input, { action });
  return { status: res.status, body: (res.json ?? {}) as Record<string, any> };
};
const ids = (list: ReadonlyArray<Record<string, unknown>>, field: string) => list.map((x) => x[field]);

describe('--state FILE', () => {
  it('keeps created, deleted and cancelled resources, running builds, the clock and the tokens across a restart', async () => {
    const file = join(dir, 'kept.json');
    let server = await startEmulatorServer({ ...options, stateFile: file });
    const generated = server.emulator.pipelines['cn-hangzhou']!.map((p) => p.ImagePipelineId!);
    const running = server.emulator.executions['cn-hangzhou']!.find((t) => ['PREPARING', 'REPAIRING', 'BUILDING'].includes(t.Status!))!;
    expect(running).toBeDefined();
    const idle = generated.find((id) => id !== running.ImagePipelineId && !server.emulator.executions['cn-hangzhou']!.some((t) => t.ImagePipelineId === id && !/SUCCESS|FAILED|CANCELLED/.test(t.Status!)))!;
    const pipeline = (await send(server, 'CreateImagePipeline', { BaseImageType: 'IMAGE', BaseImage: 'm-1', Name: 'kept', TestContent: 'RUN true', ClientToken: 'keep-1' })).body.ImagePipelineId;
    const component = (await send(server, 'CreateImageComponent', { Content: 'RUN true', Name: 'kept-component' })).body.ImageComponentId;
    const build = (await send(server, 'StartImagePipelineExecution', { ImagePipelineId: pipeline })).body.ExecutionId;
    expect((await send(server, 'DeleteImagePipeline', { ImagePipelineId: idle })).status).toBe(200);
    expect((await send(server, 'CancelImagePipelineExecution', { ExecutionId: running.ExecutionId })).status).toBe(200);
    server.emulator.advanceClock(60_000); // the build is BUILDING now
    const before = { pipelines: ids(server.emulator.pipelines['cn-hangzhou']!, 'ImagePipelineId'), components: ids(server.emulator.components['cn-hangzhou']!, 'ImageComponentId') };
    await server.close();

    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ format: STATE_FORMAT, version: 1, clockOffsetMs: 60_000, builds: 1 });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    server = await startEmulatorServer({ ...options, stateFile: file });
    try {
      expect(ids(server.emulator.pipelines['cn-hangzhou']!, 'ImagePipelineId')).toEqual(before.pipelines);
      expect(ids(server.emulator.pipelines['cn-hangzhou']!, 'ImagePipelineId')).not.toContain(idle);
      expect(ids(server.emulator.components['cn-hangzhou']!, 'ImageComponentId')).toEqual(before.components);
      expect(before.components[0]).toBe(component);
      const task = async (id: string) => (await send(server, 'DescribeImagePipelineExecutions', { ExecutionId: id })).body.ImagePipelineExecution.ImagePipelineExecutionSet[0];
      expect((await task(build)).Status).toBe('BUILDING');
      // Cancelled one step before the restart: without the saved cancel it would be running again.
      expect((await task(running.ExecutionId!)).Status).toBe('CANCELLED');
      const retry = await send(server, 'CreateImagePipeline', { BaseImageType: 'IMAGE', BaseImage: 'm-1', Name: 'kept', TestContent: 'RUN true', ClientToken: 'keep-1' });
      expect(retry.body.ImagePipelineId).toBe(pipeline);
      server.emulator.advanceClock(600_000);
      expect(await task(build)).toMatchObject({ Status: 'SUCCESS', ImageId: expect.stringMatching(/^m-/) });
    } finally {
      await server.close();
    }
    // The same data set without the file: the generated data only.
    const plain = createEmulator(options);
    expect(ids(plain.pipelines['cn-hangzhou']!, 'ImagePipelineId')).toEqual(generated);
  });

  it('a missing file is an empty state, written at the first change', async () => {
    const file = join(dir, 'new.json');
    const server = await startEmulatorServer({ ...options, stateFile: file });
    try {
      expect(() => statSync(file)).toThrow();
      expect((await send(server, 'CreateImageComponent', { Content: 'RUN true' })).status).toBe(200);
      expect(JSON.parse(readFileSync(file, 'utf8')).regions['cn-hangzhou'].components).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it.each([
    ['not JSON', '{"format": "ecs-pipelines-emulator-state", "version": 1,', /not valid JSON/],
    ['JSON of something else', '{"hello": "world"}', /is not a saved emulator state/],
    ['a region this emulator does not serve', JSON.stringify({ format: STATE_FORMAT, version: 1, clockOffsetMs: 0, builds: 0, regions: { 'eu-west-1': { pipelines: [], components: [], executions: [], runs: {}, deleted: { pipelines: [], components: [], executions: [] }, tokens: {} } } }), /eu-west-1.*does not serve/],
    ['a pipeline without an ID', JSON.stringify({ format: STATE_FORMAT, version: 1, clockOffsetMs: 0, builds: 0, regions: { 'cn-hangzhou': { pipelines: [{ Name: 'x' }], components: [], executions: [], runs: {}, deleted: { pipelines: [], components: [], executions: [] }, tokens: {} } } }), /pipelines\[0\] needs a non-empty string ImagePipelineId/],
  ])('a file with %s is refused at start, naming the file, and left untouched', async (_, content, why) => {
    const file = join(dir, `bad-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, content);
    const mtime = statSync(file).mtimeMs;
    const err = await startEmulatorServer({ ...options, stateFile: file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StateFileError);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toMatch(why);
    expect(readFileSync(file, 'utf8')).toBe(content);
    expect(statSync(file).mtimeMs).toBe(mtime);
  });

  it('an unreadable file (a folder) is refused too; the command exits 1 with the message', async () => {
    const folder = join(dir, 'a-folder.json');
    mkdirSync(folder);
    await expect(startEmulatorServer({ ...options, stateFile: folder })).rejects.toThrow(/a-folder\.json cannot be read \(EISDIR\)/);
    const file = join(dir, 'corrupt-for-command.json');
    writeFileSync(file, 'garbage');
    const err: string[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: (t: string) => err.push(t) } };
    expect(await runEmulatorCommand(['--port', '0', '--state', file], io)).toBe(1);
    expect(err.join('')).toMatch(/--state: state file .*corrupt-for-command\.json is not valid JSON/);
    expect(readFileSync(file, 'utf8')).toBe('garbage');
  });

  it('in process: the state option restores what snapshot() saved', async () => {
    const first = createEmulator({ ...options, now: () => Date.UTC(2025, 0, 1) });
    first.advanceClock(5000);
    const again = createEmulator({ ...options, now: () => Date.UTC(2025, 0, 1), state: first.snapshot() });
    expect(again.now().getTime()).toBe(Date.UTC(2025, 0, 1) + 5000);
    expect(() => createEmulator({ ...options, state: { format: STATE_FORMAT, version: 2 } })).toThrow(/emulator state: version must be 1/);
  });
});
