import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { CLIENT_OUT, CORE_OUT, generate, listFiles } from '../generate.mjs';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function run(): Promise<Map<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), 'gen-det-'));
  dirs.push(dir);
  await generate(dir);
  const files = new Map<string, string>();
  for (const sub of [CORE_OUT, CLIENT_OUT]) {
    for (const f of await listFiles(join(dir, sub))) files.set(relative(dir, f), await readFile(f, 'utf8'));
  }
  return files;
}

describe('generation', () => {
  it('is deterministic: two runs give the same bytes, equal to the committed files', async () => {
    const [a, b] = [await run(), await run()];
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [f, text] of a) expect(b.get(f), f).toBe(text);
    const root = new URL('../../', import.meta.url).pathname;
    for (const [f, text] of a) expect(await readFile(join(root, f), 'utf8'), `${f} is stale`).toBe(text);
  });

  it('marks every generated file as auto-generated', async () => {
    const files = await run();
    expect(files.size).toBeGreaterThan(5);
    for (const [f, text] of files) expect(text.startsWith('// auto-generated from spec/openapi.yaml'), f).toBe(true);
  });
});
