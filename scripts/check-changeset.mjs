#!/usr/bin/env node
// CI gate (`pnpm changeset:check`, a step of scripts/test-all.sh): when the API description in spec/ or the
// packages' public API (api-report/, `pnpm api:update`) differs from the base, a new .changeset/*.md must have
// been added since that base, so every spec or API change ships with a version bump and a changelog line.
// Exit 1 with a message naming the fix; exit 0 saying why otherwise.
//
// The base: $CHANGESET_BASE when set; on a branch, its merge base with main; on main itself, the last
// release tag; with neither, HEAD (a fresh clone of main with nothing released: only uncommitted edits count).
// The comparison is base → working tree, so an uncommitted spec edit is caught locally too.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commitOf, git, lastReleaseTag, mainRef, tryGit } from './lib/git.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Files under spec/ that configure tools rather than describe the API. */
const NOT_API = new Set(['spec/redocly.yaml']);
const CORE_PACKAGE = 'packages/core/package.json';

/** @returns {{ commit: string, label: string }} */
function chooseBase(head) {
  const fromEnv = process.env.CHANGESET_BASE;
  if (fromEnv) {
    const commit = commitOf(root, fromEnv);
    if (!commit) throw new Error(`CHANGESET_BASE=${fromEnv} names no commit in this clone`);
    return { commit, label: `CHANGESET_BASE=${fromEnv}` };
  }
  const main = mainRef(root);
  if (main) {
    const mergeBase = tryGit(root, ['merge-base', 'HEAD', main]);
    if (!mergeBase) return { commit: head, label: `HEAD (no merge base with ${main}: a shallow clone? set CHANGESET_BASE)` };
    if (mergeBase !== head) return { commit: mergeBase, label: `the merge base with ${main} (${mergeBase.slice(0, 7)})` };
  }
  const tag = lastReleaseTag(root);
  if (tag) return { commit: commitOf(root, tag), label: `the last release tag ${tag}` };
  if (main) return { commit: head, label: 'HEAD (on main, nothing released yet)' };
  return { commit: head, label: 'HEAD (this clone has no main branch and no release tag; set CHANGESET_BASE to check a branch)' };
}

/** Paths changed between `commit` and the working tree under `dir`, untracked files included. */
function changedSince(commit, dir, filter = 'ACDMRTUX') {
  const tracked = git(root, ['diff', '--name-only', '--no-renames', `--diff-filter=${filter}`, commit, '--', dir]);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '--', dir]);
  return [...new Set([...tracked.split('\n'), ...untracked.split('\n')].filter(Boolean))].sort();
}

/** The core package's version at `commit`, or in the working tree when no commit is given. */
function coreVersionAt(commit) {
  try {
    const text = commit ? git(root, ['show', `${commit}:${CORE_PACKAGE}`]) : readFileSync(join(root, CORE_PACKAGE), 'utf8');
    return JSON.parse(text).version;
  } catch {
    return undefined;
  }
}

/** @returns {{ ok: boolean, message: string }} */
function check() {
  if (tryGit(root, ['rev-parse', '--is-inside-work-tree']) !== 'true') {
    return { ok: true, message: 'not a git checkout: there is no base to compare spec/ with' };
  }
  const head = commitOf(root, 'HEAD');
  if (!head) return { ok: true, message: 'no commit yet: there is no base to compare spec/ with' };
  const base = chooseBase(head);
  const spec = [...changedSince(base.commit, 'spec/').filter((f) => !NOT_API.has(f)), ...changedSince(base.commit, 'api-report/')];
  if (!spec.length) {
    const why = base.commit === head ? 'the base equals HEAD and spec/ and api-report/ have no uncommitted changes' : 'spec/ and api-report/ are unchanged';
    return { ok: true, message: `${why} (base: ${base.label}); no changeset needed` };
  }
  // Which of the two changed, for the messages (`spec/`, `api-report/` or both).
  const what = [...new Set(spec.map((f) => `${f.split('/')[0]}/`))].join(' and ');
  const added = changedSince(base.commit, '.changeset/', 'A').filter((f) => /^\.changeset\/[^/]+\.md$/.test(f) && !f.endsWith('/README.md'));
  if (added.length) {
    return { ok: true, message: `${what} changed since ${base.label} (${spec.join(', ')}) and ${added.join(', ')} was added` };
  }
  const [was, now] = [coreVersionAt(base.commit), coreVersionAt(undefined)];
  if (was && now && was !== now) {
    return { ok: true, message: `${what} changed since ${base.label} and the packages were versioned ${was} → ${now} (changesets consumed by \`pnpm version-packages\`)` };
  }
  return {
    ok: false,
    message: `${what} changed since ${base.label} (${spec.join(', ')}) but no changeset was added.\n` +
      '  Run `pnpm spec:diff --changeset` (or `pnpm changeset`) and commit the new .changeset/*.md with the change.\n' +
      '  A change that needs no release (reformatting) still needs one: `pnpm changeset --empty`.',
  };
}

try {
  const { ok, message } = check();
  if (ok) console.log(`changeset check: ok: ${message}`);
  else console.error(`changeset check: FAILED: ${message}`);
  process.exitCode = ok ? 0 : 1;
} catch (e) {
  console.error(`changeset check: FAILED: ${e.message}`);
  process.exitCode = 1;
}
