#!/usr/bin/env node
// Keeps each published package's jsr.json in step with its package.json: same name, version and license, so
// JSR and npm always carry the same release. `pnpm version-packages` runs this after `changeset version`
// (which only knows package.json); `--check` (a step of scripts/test-all.sh) fails when they differ.
//
//   node scripts/jsr-versions.mjs           copy each package.json version into its jsr.json
//   node scripts/jsr-versions.mjs --check   exit 1 naming every jsr.json that is out of step
//
// The packages are the workspace's public ones (packages/*, not private); each must have a jsr.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(process.env.JSR_VERSIONS_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '..'));

/** The public packages under packages/: their folder, package.json and jsr.json (text and parsed). */
export function publishedPackages(dir = root) {
  const base = join(dir, 'packages');
  return readdirSync(base, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(base, e.name, 'package.json')))
    .map((e) => {
      const folder = join(base, e.name);
      const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
      const jsrFile = join(folder, 'jsr.json');
      const jsrText = existsSync(jsrFile) ? readFileSync(jsrFile, 'utf8') : undefined;
      return { folder, pkg, jsrFile, jsrText, jsr: jsrText === undefined ? undefined : JSON.parse(jsrText) };
    })
    .filter((p) => !p.pkg.private);
}

/** What differs between a package.json and its jsr.json, one line each; empty when they agree. */
export function differences({ pkg, jsr }) {
  if (!jsr) return ['has no jsr.json'];
  return ['name', 'version', 'license'].filter((k) => jsr[k] !== pkg[k]).map((k) => `${k}: jsr.json ${JSON.stringify(jsr[k])}, package.json ${JSON.stringify(pkg[k])}`);
}

function main() {
  const check = process.argv.includes('--check');
  const packages = publishedPackages();
  let failed = 0;
  for (const p of packages) {
    const name = relative(root, p.jsrFile);
    const diff = differences(p);
    if (!diff.length) continue;
    if (check || !p.jsr || p.jsr.name !== p.pkg.name || p.jsr.license !== p.pkg.license) {
      // Only the version moves by itself; a wrong name or license is a decision for a person.
      failed++;
      for (const d of diff) console.error(`jsr versions: ${name}: ${d}`);
      continue;
    }
    // Replace the version string only, keeping the file's own layout.
    const text = p.jsrText.replace(/("version"\s*:\s*)"[^"]*"/, `$1${JSON.stringify(p.pkg.version)}`);
    writeFileSync(p.jsrFile, text);
    console.log(`jsr versions: ${name}: ${p.jsr.version} → ${p.pkg.version}`);
  }
  if (failed) {
    console.error(check ? 'jsr versions: FAILED: run `node scripts/jsr-versions.mjs` (run by `pnpm version-packages`) and commit the jsr.json files' : 'jsr versions: FAILED');
    process.exitCode = 1;
  } else console.log(`jsr versions: ok: ${packages.map((p) => `${p.pkg.name}@${p.pkg.version}`).join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
