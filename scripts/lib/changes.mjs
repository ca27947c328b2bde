// The change list that `spec:diff` prints: each entry has a semver class, a subject and what happened.
// Pure; no I/O.

/** Semver classes, most severe first. `none` is only ever a bump, never a change's class. */
export const LEVELS = /** @type {const} */ (['major', 'minor', 'patch']);

/**
 * @typedef {'major' | 'minor' | 'patch'} Level
 * @typedef {{ level: Level, subject: string, what: string }} Change
 */

/**
 * Collects changes and drops exact repeats. The same named schema or path-level parameter is reached from
 * every operation that uses it (GET and POST here, and five error statuses for the error body), and a
 * reader wants to see it once.
 */
export function createLog() {
  /** @type {Map<string, Change>} */
  const seen = new Map();
  return {
    /** @param {Level} level @param {string} subject @param {string} what */
    add(level, subject, what) {
      const key = `${level}\u0000${subject}\u0000${what}`;
      if (!seen.has(key)) seen.set(key, { level, subject, what });
    },
    /** The changes, most severe first, in the order found within a class. */
    list() {
      const all = [...seen.values()];
      return LEVELS.flatMap((l) => all.filter((c) => c.level === l));
    },
  };
}

/**
 * The release a change list implies: its most severe class, or `none` when the list is empty.
 * @param {readonly Change[]} changes
 * @returns {Level | 'none'}
 */
export function impliedBump(changes) {
  return LEVELS.find((l) => changes.some((c) => c.level === l)) ?? 'none';
}

/** One printed line: `major  parameter MaxResults: maximum narrowed 500 → 100`. @param {Change} c */
export function formatChange(c) {
  return `${c.level.padEnd(5)}  ${c.subject}: ${c.what}`;
}

/** Structural equality of JSON-like values (key order ignored). */
export function deepEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
}

/** Short JSON for a message (`500`, `"IMAGE"`, `["a","b"]`, `none`), cut so a line stays readable. */
export function show(value) {
  if (value === undefined) return 'none';
  const s = JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
