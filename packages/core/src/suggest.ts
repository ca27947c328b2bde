// "Did you mean …?" for misspelt parameter names.

/**
 * The valid name closest to `name`, or `undefined` when none is plausibly meant. Case is ignored, a wire
 * suffix (`Tag.1.Key` → `Tag`) is dropped, and a candidate that is a prefix or suffix of the name
 * (`TagKey` → `Key`, `ImagePipelineIds` → `ImagePipelineId`) counts as close. `aliases` maps lower-case names
 * that mean a candidate (`pagesize` → `MaxResults`, from an action's pagination rules).
 */
export function nearestName(name: string, candidates: readonly string[], aliases?: Readonly<Record<string, string>>): string | undefined {
  const base = name.toLowerCase().split('.')[0]!;
  const alias = aliases && Object.hasOwn(aliases, base) ? aliases[base]! : '';
  if (candidates.includes(alias)) return alias;
  let best: string | undefined;
  let bestScore = Math.max(2, base.length / 3 | 0) + 1;
  for (const c of candidates) {
    const lower = c.toLowerCase();
    const d = distance(base, lower);
    const score = base.length > 1 && (base.startsWith(lower) || base.endsWith(lower) || lower.startsWith(base)) ? Math.min(1, d) : d;
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** Levenshtein distance, with an early cut for long inputs (a name longer than 64 is never a typo). */
export function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return a === b ? 0 : Math.max(a.length, b.length);
  let prev = [...Array(b.length + 1).keys()];
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
