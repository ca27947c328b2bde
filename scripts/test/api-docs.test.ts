// The API reference (`pnpm run docs`, TypeDoc) covers every export of every package, and its examples compile.
// (TypeDoc's own run, where an undocumented export or a broken link fails, and the API report check are steps
// of scripts/test-all.sh.)
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const names = ['core', 'client', 'contract', 'cli'];
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));
const exportsOf = (n: string): Record<string, { types?: string }> => read(`packages/${n}/package.json`).exports ?? {};

/** The source of an npm subpath: `.` → src/index.ts, `./x` → src/x/index.ts or src/x.ts. */
function sourceOf(n: string, subpath: string): string {
  if (subpath === '.') return 'src/index.ts';
  const base = `src/${subpath.slice(2)}`;
  return existsSync(join(root, 'packages', n, base, 'index.ts')) ? `${base}/index.ts` : `${base}.ts`;
}

/** Every `@example` code block under packages/<n>/src, with the file it is in. */
function examples(n: string): Array<{ file: string; code: string }> {
  const out: Array<{ file: string; code: string }> = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) {
        for (const m of readFileSync(p, 'utf8').matchAll(/@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g)) {
          out.push({ file: relative(root, p), code: m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n') });
        }
      }
    }
  };
  walk(join(root, 'packages', n, 'src'));
  return out;
}

describe('API reference', () => {
  for (const n of names) {
    it(`${n}: TypeDoc's entry points are the sources of the package's exports`, () => {
      const subpaths = Object.entries(exportsOf(n)).filter(([, t]) => typeof t === 'object' && t.types).map(([s]) => s);
      const want = subpaths.map((s) => sourceOf(n, s)).sort();
      for (const file of want) expect(existsSync(join(root, 'packages', n, file)), file).toBe(true);
      expect(read(`packages/${n}/typedoc.json`).entryPoints.slice().sort()).toEqual(want);
    });
  }

  it('the root typedoc.json documents the four packages, fails on warnings and requires every export documented', () => {
    const config = read('typedoc.json');
    expect(config.entryPointStrategy).toBe('packages');
    expect(config.entryPoints).toEqual(names.map((n) => `packages/${n}`));
    expect(config.treatWarningsAsErrors).toBe(true);
    expect(config.out).toBe('docs/api');
    expect(config.packageOptions.validation.notDocumented).toBe(true);
    expect(readFileSync(join(root, '.gitignore'), 'utf8').split('\n')).toContain('docs/api/');
  });

  it('every generated command, paginator, lister and waiter has an example', () => {
    const text = readFileSync(join(root, 'packages/client/src/generated/operations.gen.ts'), 'utf8');
    const constants = [...text.matchAll(/^export const (\w+):/gm)].map((m) => m[1]!);
    expect(constants.length).toBeGreaterThanOrEqual(9);
    for (const name of constants) {
      const before = text.slice(0, text.indexOf(`export const ${name}:`));
      const comment = before.slice(before.lastIndexOf('/**'));
      expect(comment, name).toContain('@example');
      expect(comment, name).toContain(`await ${name}(client, `.replace('await list', 'list').replace('await paginate', 'paginate'));
    }
  });

  // Each example is compiled as a module of its own against the built declarations (dist/, as users get them).
  it('the examples compile (tsc, against the packages as built)', () => {
    const dir = join(root, '.tmp/doc-examples');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const paths: Record<string, string[]> = {};
    for (const n of names) {
      for (const [subpath, target] of Object.entries(exportsOf(n))) {
        if (typeof target === 'object' && target.types) paths[`@org/ecs-pipelines-${n}${subpath.slice(1)}`] = [join(root, 'packages', n, target.types)];
      }
    }
    const all = names.flatMap(examples);
    expect(all.length).toBeGreaterThan(15);
    all.forEach((e, i) => writeFileSync(join(dir, `example-${i}.ts`), `// ${e.file}\n${e.code}\nexport {};\n`));
    const tsconfig = { extends: join(root, 'tsconfig.base.json'), compilerOptions: { noEmit: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')], paths }, include: ['*.ts'] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
    const r = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  // The changeset gate (scripts/check-changeset.mjs) treats api-report/ as it treats spec/: in a scratch repo on
  // a branch, a changed report fails the check until a changeset is added.
  it('a changed api-report/ needs a changeset, like a spec change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-changeset-'));
    try {
      for (const f of ['scripts/check-changeset.mjs', 'scripts/lib/git.mjs', 'packages/core/package.json', 'api-report/ecs-pipelines-cli.api.md']) {
        mkdirSync(join(dir, f, '..'), { recursive: true });
        cpSync(join(root, f), join(dir, f));
      }
      mkdirSync(join(dir, '.changeset'));
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
      git('init', '-q', '-b', 'main');
      git('add', '-A');
      git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '-m', 'base');
      git('checkout', '-q', '-b', 'feature');
      const check = () => spawnSync(process.execPath, ['scripts/check-changeset.mjs'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CHANGESET_BASE: '' } });
      expect(check().status).toBe(0);
      writeFileSync(join(dir, 'api-report/ecs-pipelines-cli.api.md'), `${readFileSync(join(dir, 'api-report/ecs-pipelines-cli.api.md'), 'utf8')}\n// a new export\n`);
      const refused = check();
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('api-report/ changed since');
      writeFileSync(join(dir, '.changeset/new-export.md'), '---\n"@org/ecs-pipelines-cli": minor\n---\n\nA new export.\n');
      const r = check();
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('.changeset/new-export.md was added');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
