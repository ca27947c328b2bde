// Where two strings to sign differ. Both are split into the parts a signature is made of (lines of the
// canonical request, the percent-encoded parameters of an HMAC-SHA1 string to sign),
// the longest common run of parts is kept, and the parts outside it are marked: a changed parameter is marked
// as itself, not as "everything after character 212".

/** A run of text, marked when it is not in the other string. */
export interface Segment {
  text: string;
  changed: boolean;
}

/** Both strings as segments, and whether they are equal. */
export interface Comparison {
  left: Segment[];
  right: Segment[];
  equal: boolean;
}

/**
 * Parts with their separator attached: a line, or a parameter of a query (`&`) or of the once-encoded query
 * inside an HMAC-SHA1 string to sign (`%26`; a `%2526` is an `&` inside a value, not a separator).
 */
export function parts(text: string): string[] {
  const pieces = text.split(/(\n|&|%26)/);
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]! + (pieces[i + 1] ?? '');
    if (part !== '') out.push(part);
  }
  return out;
}

/** The marks of `a` and `b` by a longest common subsequence of their parts (small inputs: a few hundred parts). */
export function compareStrings(a: string, b: string): Comparison {
  if (a === b) return { left: [{ text: a, changed: false }], right: [{ text: b, changed: false }], equal: true };
  const x = parts(a);
  const y = parts(b);
  // Beyond this the table would be large; fall back to the common prefix and suffix.
  if (x.length * y.length > 250_000) return prefixSuffix(a, b);
  const n = x.length;
  const m = y.length;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = x[i] === y[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const left: Segment[] = [];
  const right: Segment[] = [];
  const push = (list: Segment[], text: string, changed: boolean) => {
    const last = list[list.length - 1];
    if (last && last.changed === changed) last.text += text;
    else list.push({ text, changed });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      push(left, x[i++]!, false);
      push(right, y[j++]!, false);
    } else if (j >= m || (i < n && table[i + 1]![j]! >= table[i]![j + 1]!)) {
      push(left, x[i++]!, true);
    } else {
      push(right, y[j++]!, true);
    }
  }
  return { left, right, equal: false };
}

function prefixSuffix(a: string, b: string): Comparison {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const side = (t: string): Segment[] =>
    [
      { text: t.slice(0, p), changed: false },
      { text: t.slice(p, t.length - s), changed: true },
      { text: t.slice(t.length - s), changed: false },
    ].filter((seg) => seg.text !== '');
  return { left: side(a), right: side(b), equal: false };
}
