import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
// Node-only code may live only in a `node/` folder (reached through the `node` export condition or a subpath).
const FORBIDDEN = /from ['"]node:|import\(['"]node:|\brequire\(|\bprocess\.|\bBuffer\b/;

async function* files(dir: string): AsyncGenerator<string> {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node') yield* files(p);
    } else if (/\.(ts|mts|js|mjs)$/.test(e.name)) yield p;
  }
}

describe('edge rule', () => {
  it.each(['packages/core/src', 'packages/client/src'])('%s uses web-standard globals only', async (dir) => {
    const offenders: string[] = [];
    for await (const f of files(join(root, dir))) {
      const lines = (await readFile(f, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (/^\s*(\/\/|\*)/.test(line)) return;
        if (FORBIDDEN.test(line)) offenders.push(`${relative(root, f)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('core has no runtime dependencies', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'packages/core/package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});
