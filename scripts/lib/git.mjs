// The few git questions the spec-diff and changeset-check scripts ask. Each runs `git` in the given folder.
import { execFileSync } from 'node:child_process';

/** Tags that mark a release: the changesets tag of the core package, or a plain `v1.2.3`. */
export const RELEASE_TAG_PATTERNS = ['@org/ecs-pipelines-core@*', 'v*'];

/** Runs git and returns its trimmed stdout; throws an Error carrying git's own message on failure. */
export function git(cwd, args) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 }).trimEnd();
  } catch (e) {
    const msg = String(e.stderr ?? '').trim().split('\n')[0] || e.message;
    throw new Error(`git ${args.join(' ')}: ${msg}`);
  }
}

/** Like {@link git}, but `undefined` instead of an error (for questions whose answer may be "no"). */
export function tryGit(cwd, args) {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** The commit a ref names, or undefined when it names none. */
export function commitOf(cwd, ref) {
  return tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
}

/** The nearest release tag reachable from HEAD, or undefined when nothing was released yet. */
export function lastReleaseTag(cwd) {
  const match = RELEASE_TAG_PATTERNS.flatMap((p) => ['--match', p]);
  return tryGit(cwd, ['describe', '--tags', '--abbrev=0', ...match, 'HEAD']) || undefined;
}

/** The main branch as this clone knows it: `main`, else `origin/main` (CI clones often lack the local one). */
export function mainRef(cwd) {
  return ['main', 'origin/main'].find((r) => commitOf(cwd, r));
}

/** The text of `path` at `ref` (`git show REF:path`). */
export function showFile(cwd, ref, path) {
  return git(cwd, ['show', `${ref}:${path}`]);
}
