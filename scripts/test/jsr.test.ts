// JSR: each published package's jsr.json stays in step with its package.json (and `pnpm version-packages` keeps
// it so), every npm export is either on JSR or left out for a stated reason, and what JSR gets resolves there:
// the edge entries import no `node:` module, `@org/*` imports name exports JSR has, npm imports are versioned.
// (`deno publish --dry-run` itself is a step of scripts/test-all.sh: type check, slow types, file list.)
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { differences, publishedPackages } from '../jsr-versions.mjs';

const root = new URL('../../', import.meta.url).pathname;
const names = ['core', 'client', 'contract', 'cli'];
const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

/**
 * npm exports that JSR does not get, and why. The rest of each package.json `exports` must be in its jsr.json.
 * (JSR has no export conditions: a Deno user imports the edge entry, which needs nothing but `fetch`.)
 */
const NOT_ON_JSR: Record<string, Record<string, string>> = {
  client: { './node': "Node's transport (node:http, then undici from npm) and node:crypto: only faster on Node, which installs from npm" },
  contract: {
    './msw': 'an adapter for msw, an optional npm peer: JSR has no optional dependencies, so it would become a hard one',
    './undici': "an interceptor for undici's dispatchers, an optional npm peer; Node-only",
  },
};
/** JSR exports with no npm counterpart: the CLI's binary, so `deno run -A jsr:@org/ecs-pipelines-cli/bin` works. */
const JSR_ONLY: Record<string, string[]> = { cli: ['./bin'] };
/** Entries that must run on any runtime: no `node:` import in their module graph. */
const EDGE = [['core', '.'], ['client', '.'], ['contract', '.']] as const;

const jsrExports = (name: string): Record<string, string> => {
  const e = read(`packages/${name}/jsr.json`).exports;
  return typeof e === 'string' ? { '.': e } : e;
};

/** Every module reachable from `file` through relative imports (static and literal dynamic), and their bare imports. */
function graph(file: string) {
  const files = new Set<string>();
  const bare = new Map<string, string>(); // specifier → first importing file
  const visit = (f: string) => {
    if (files.has(f)) return;
    files.add(f);
    // Without comments: doc examples import packages too.
    const text = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(/(?:^|[^.\w])(?:import|export)\s[^'";]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (spec.startsWith('.')) visit(resolve(dirname(f), spec.replace(/\.js$/, '.ts')));
      else if (!bare.has(spec)) bare.set(spec, relative(root, f));
    }
  };
  visit(file);
  return { files, bare };
}

describe('JSR', () => {
  it('each public package has a jsr.json with its package.json name, version and license', () => {
    const packages = publishedPackages(root);
    expect(packages.map((p: { pkg: { name: string } }) => p.pkg.name).sort()).toEqual(names.map((n) => `@org/ecs-pipelines-${n}`).sort());
    for (const p of packages) expect(differences(p), p.pkg.name).toEqual([]);
  });

  it('`pnpm version-packages` moves jsr.json with package.json; `--check` fails in between', async () => {
    expect(read('package.json').scripts['version-packages']).toBe('changeset version && node scripts/jsr-versions.mjs');
    const dir = await mkdtemp(join(tmpdir(), 'jsr-versions-'));
    try {
      for (const f of ['package.json', 'pnpm-workspace.yaml', '.changeset']) await cp(join(root, f), join(dir, f), { recursive: true });
      for (const n of names) for (const f of ['package.json', 'jsr.json']) await cp(join(root, 'packages', n, f), join(dir, 'packages', n, f));
      for (const n of ['bench', 'runtime-tests']) await cp(join(root, n, 'package.json'), join(dir, n, 'package.json'));
      await writeFile(join(dir, '.changeset/test-bump.md'), '---\n"@org/ecs-pipelines-client": minor\n---\n\nTest bump.\n');
      execFileSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: dir, stdio: 'pipe' });
      const want = JSON.parse(await readFile(join(dir, 'packages/core/package.json'), 'utf8')).version;
      const script = join(root, 'scripts/jsr-versions.mjs');
      const env = { ...process.env, JSR_VERSIONS_ROOT: dir };
      const before = spawnSync(process.execPath, [script, '--check'], { env, encoding: 'utf8' });
      expect(before.status).toBe(1);
      expect(before.stderr).toContain(`packages/core/jsr.json: version: jsr.json "${read('packages/core/jsr.json').version}", package.json "${want}"`);
      expect(before.stderr).toContain('pnpm version-packages');
      execFileSync(process.execPath, [script], { env, stdio: 'pipe' });
      for (const n of names) {
        const text = await readFile(join(dir, 'packages', n, 'jsr.json'), 'utf8');
        expect(JSON.parse(text).version, n).toBe(want);
        // Only the version changed: the file keeps its layout.
        expect(text, n).toBe(readFileSync(join(root, 'packages', n, 'jsr.json'), 'utf8').replace(/"version": "[^"]*"/, `"version": "${want}"`));
      }
      expect(spawnSync(process.execPath, [script, '--check'], { env }).status).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the root deno.json makes the four packages one Deno workspace, with sloppy imports for the NodeNext `.js` specifiers', () => {
    const deno = read('deno.json');
    for (const n of names) expect(deno.workspace).toContain(`./packages/${n}`);
    expect(deno.unstable).toContain('sloppy-imports');
  });

  for (const n of names) {
    it(`${n}: every npm export is on JSR, pointing at its source, or left out with a reason`, () => {
      const npm = Object.keys(read(`packages/${n}/package.json`).exports ?? {}).filter((s) => s !== './package.json');
      const jsr = jsrExports(n);
      const left = NOT_ON_JSR[n] ?? {};
      for (const subpath of npm) expect(subpath in jsr !== subpath in left, `${n} ${subpath}: on JSR or in NOT_ON_JSR (not both)`).toBe(true);
      expect(Object.keys(jsr).filter((s) => !npm.includes(s)).sort()).toEqual((JSR_ONLY[n] ?? []).sort());
      for (const file of Object.values(jsr)) expect(existsSync(join(root, 'packages', n, file)), file).toBe(true);
      expect(read(`packages/${n}/jsr.json`).license).toBe('MIT');
    });

    it(`${n}: what JSR gets imports only exported @org/* subpaths, versioned npm dependencies and (off the edge) node:`, () => {
      const pkg = read(`packages/${n}/package.json`);
      const deps = { ...pkg.dependencies, ...pkg.peerDependencies };
      for (const [subpath, file] of Object.entries(jsrExports(n))) {
        const { bare } = graph(join(root, 'packages', n, file));
        const edge = EDGE.some(([p, s]) => p === n && s === subpath);
        for (const [spec, from] of bare) {
          const at = `${n} ${subpath}: '${spec}' in ${from}`;
          if (spec.startsWith('node:')) {
            expect(edge, `${at}: an edge entry imports a Node module`).toBe(false);
            continue;
          }
          const own = /^(@org\/ecs-pipelines-[a-z]+)(\/.*)?$/.exec(spec);
          if (own) {
            const target = own[1]!.replace('@org/ecs-pipelines-', '');
            // Deno publishes it as jsr:<name>@^<version><subpath>: that export must exist on JSR.
            expect(Object.keys(jsrExports(target)), `${at}: not exported by ${target}'s jsr.json`).toContain(own[2] ? `.${own[2]}` : '.');
            expect(deps[own[1]!], `${at}: not a dependency`).toBeDefined();
            continue;
          }
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
          // Deno publishes it as npm:<name>@<the package.json range>.
          expect(deps[name], `${at}: not a dependency in package.json`).toMatch(/^[\^~]?\d/);
        }
      }
    });
  }
});
