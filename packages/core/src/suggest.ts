// "Did you mean …?" for misspelt parameter names.

// Names other ECS Describe* actions use for the same idea; hints only, not rules of this API.
const ALIASES: Readonly<Record<string, string>> = { pagesize: 'MaxResults', pagenumber: 'NextToken' };

/**
 * The valid name closest to `name`, or `undefined` when none is plausibly meant. Case is ignored, a wire
 * suffix (`Tag.1.Key` → `Tag`) is dropped, and a candidate that is a prefix or suffix of the name
 * (`TagKey` → `Key`, `ImagePipelineIds` → `ImagePipelineId`) counts as close.
 */
export function nearestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = name.toLowerCase();
  const base = wanted.split('.')[0] ?? wanted;
  const alias = ALIASES[base];
  if (alias !== undefined && candidates.includes(alias)) return alias;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const lower = c.toLowerCase();
    const affix = base.length > 1 && (base.startsWith(lower) || base.endsWith(lower) || lower.startsWith(base));
    const score = affix ? Math.min(1, distance(base, lower)) : distance(base, lower);
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  return bestScore <= Math.max(2, Math.floor(base.length / 3)) ? best : undefined;
}

/** Levenshtein distance, with an early cut for long inputs (a name longer than 64 is never a typo). */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length > 64 || b.length > 64) return Math.max(a.length, b.length);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
