import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const names = ['core', 'client', 'contract', 'cli'];

describe('versioning', () => {
  it('the fixed group holds all four packages and `changeset version` bumps them together', async () => {
    const config = JSON.parse(await readFile(join(root, '.changeset/config.json'), 'utf8'));
    expect(config.fixed).toEqual([names.map((n) => `@org/ecs-pipelines-${n}`)]);
    const dir = await mkdtemp(join(tmpdir(), 'changeset-'));
    try {
      for (const f of ['package.json', 'pnpm-workspace.yaml', '.changeset']) await cp(join(root, f), join(dir, f), { recursive: true });
      for (const n of names) await cp(join(root, 'packages', n, 'package.json'), join(dir, 'packages', n, 'package.json'));
      for (const n of ['bench', 'runtime-tests']) await cp(join(root, n, 'package.json'), join(dir, n, 'package.json'));
      const before = JSON.parse(await readFile(join(dir, 'packages/core/package.json'), 'utf8')).version;
      // A minor change to core alone must move all four (fixed group).
      await writeFile(join(dir, '.changeset/test-bump.md'), '---\n"@org/ecs-pipelines-core": minor\n---\n\nTest bump.\n');
      execFileSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: dir, stdio: 'pipe' });
      const [maj, min] = before.split('.').map(Number);
      const want = `${maj}.${min + 1}.0`;
      for (const n of names) {
        const pkg = JSON.parse(await readFile(join(dir, 'packages', n, 'package.json'), 'utf8'));
        expect(pkg.version, n).toBe(want);
      }
      // Private workspace packages (bench, runtime tests) are not versioned.
      expect(JSON.parse(await readFile(join(dir, 'bench/package.json'), 'utf8')).version).toBe('0.0.0');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
