#!/usr/bin/env node
// `pnpm spec:diff [REF] [--base-file PATH] [--changeset]`
// Compares spec/openapi.yaml (the working tree) with the version at a git ref — by default the last release
// tag (`@org/ecs-pipelines-core@*` or `v*`), else `main` — and lists each change with its semver class.
// The last line is the implied bump: `bump: major|minor|patch|none`. Exits 0 whatever the bump (it reports;
// scripts/check-changeset.mjs is the CI gate); 2 on bad usage or an unreadable base.
// `--changeset` also writes .changeset/spec-<hash>.md for the fixed group with that bump (not when none).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { formatChange, impliedBump } from './lib/changes.mjs';
import { changesetFileName, renderChangeset } from './lib/changeset-file.mjs';
import { classifySpecChanges } from './lib/classify-spec.mjs';
import { lastReleaseTag, mainRef, showFile } from './lib/git.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SPEC = 'spec/openapi.yaml';
const USAGE = `usage: pnpm spec:diff [REF] [--base-file PATH] [--changeset]
  REF             git ref to compare with (default: last release tag, else main)
  --base-file P   compare with the spec file P instead of a git ref
  --changeset     write .changeset/spec-<hash>.md with the implied bump (skipped when none)`;

function parseArgs(argv) {
  const out = { ref: undefined, baseFile: undefined, changeset: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--changeset') out.changeset = true;
    else if (a === '--base-file') out.baseFile = argv[++i];
    else if (a.startsWith('--base-file=')) out.baseFile = a.slice('--base-file='.length);
    else if (a === '-h' || a === '--help') out.help = true;
    else if (a.startsWith('-') || out.ref !== undefined) throw new Error(`unexpected argument ${JSON.stringify(a)}`);
    else out.ref = a;
  }
  if (out.baseFile === '') throw new Error('--base-file needs a path');
  if (out.baseFile !== undefined && out.ref !== undefined) throw new Error('give either REF or --base-file, not both');
  return out;
}

/** The old spec's text and a label for it (`v1.2.0`, `main`, or the file's path). */
async function readBase(args) {
  if (args.baseFile !== undefined) {
    const path = resolve(args.baseFile);
    return { label: relative(root, path) || path, text: await readFile(path, 'utf8') };
  }
  const ref = args.ref ?? lastReleaseTag(root) ?? mainRef(root);
  if (!ref) throw new Error('no release tag and no main branch to compare with; pass a REF or --base-file');
  try {
    return { label: ref, text: showFile(root, ref, SPEC) };
  } catch (e) {
    throw new Error(`cannot read ${SPEC} at ${ref} (${e.message})`);
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) return console.log(USAGE);
  const base = await readBase(args);
  const text = await readFile(join(root, SPEC), 'utf8');
  const changes = classifySpecChanges(parse(base.text), parse(text));
  const bump = impliedBump(changes);
  console.log(`${SPEC} compared with ${base.label}:`);
  for (const c of changes) console.log(`  ${formatChange(c)}`);
  if (!changes.length) console.log('  no changes');
  if (args.changeset && bump === 'none') console.log('changeset: not written (no changes)');
  else if (args.changeset) {
    const file = join(root, '.changeset', changesetFileName(text));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, renderChangeset({ bump, changes, base: base.label }));
    console.log(`changeset: wrote ${relative(root, file)} (${bump} for the four @org/ecs-pipelines-* packages)`);
  }
  console.log(`bump: ${bump}`);
}

try {
  await main();
} catch (e) {
  console.error(`spec:diff: ${e.message}\n${USAGE}`);
  process.exitCode = 2;
}
