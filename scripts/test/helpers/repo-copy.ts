// A throwaway copy of this repository for the flow tests: every file `git ls-files` lists (tracked and new),
// the installed node_modules folders symlinked read-only (nothing is installed), committed to a fresh git
// repo so a test can ask git what changed. Scripts run in the copy are the copy's own.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export const root = new URL('../../../', import.meta.url).pathname;

// Nothing of the outer checkout may leak in (a git hook sets GIT_DIR; a developer may set CHANGESET_BASE).
const { CHANGESET_BASE: _b, GIT_DIR: _d, GIT_WORK_TREE: _w, GIT_INDEX_FILE: _i, ...inherited } = process.env;
export const env = { ...inherited, GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };

/** The repository's files (tracked and new, as `git ls-files` sees them), or a walk when this is no git checkout. */
async function repoFiles(): Promise<string[]> {
  let names: string[];
  try {
    names = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0');
  } catch {
    const skip = new Set(['node_modules', '.git', 'dist', '.turbo', '.test-results', 'coverage']);
    names = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)))
      .filter((f) => !f.split('/').some((part) => skip.has(part)));
  }
  return names.filter((f) => f && !f.split('/').includes('node_modules') && existsSync(join(root, f)));
}

export interface RepoCopy {
  dir: string;
  git(...args: string[]): string;
  /** Runs a node script of the copy; its exit code and output, never throws. */
  node(...args: string[]): { status: number | null; stdout: string; stderr: string; lines: string[] };
  read(rel: string): Promise<string>;
  write(rel: string, text: string): Promise<void>;
  /** Imports a module of the copy fresh (the query defeats the module cache after a regeneration). */
  load(rel: string): Promise<any>;
  /** Core of the copy with every module re-read (a fresh folder per call, so Vite's cache cannot serve stale rules). */
  core(): Promise<any>;
  remove(): Promise<void>;
}

export async function copyRepo(prefix: string): Promise<RepoCopy> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  const listed = await repoFiles();
  await Promise.all(listed.map(async (f) => {
    await mkdir(dirname(join(dir, f)), { recursive: true });
    await cp(join(root, f), join(dir, f));
  }));
  // Every workspace folder's installed dependencies, shared read-only with the original checkout.
  for (const d of ['.', ...listed.filter((f) => f.endsWith('/package.json')).map(dirname)]) {
    if (existsSync(join(root, d, 'node_modules'))) await symlink(join(root, d, 'node_modules'), join(dir, d, 'node_modules'));
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: dir, env, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  await writeFile(join(dir, '.git/info/exclude'), 'node_modules\n.core-*\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  let n = 0;
  return {
    dir,
    git,
    node(...args) {
      const r = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8' });
      return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines: r.stdout.trimEnd().split('\n') };
    },
    read: (rel) => readFile(join(dir, rel), 'utf8'),
    write: async (rel, text) => {
      await mkdir(dirname(join(dir, rel)), { recursive: true });
      await writeFile(join(dir, rel), text);
    },
    load: (rel) => import(/* @vite-ignore */ `${pathToFileURL(join(dir, rel)).href}?v=${++n}`),
    async core() {
      const copy = join(dir, `.core-${++n}`);
      await cp(join(dir, 'packages/core/src'), copy, { recursive: true });
      return import(/* @vite-ignore */ pathToFileURL(join(copy, 'index.ts')).href);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
