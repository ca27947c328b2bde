// Aggregates a V8 .cpuprofile into self time per function and per file (pure).

/** Shortens a script URL to what a reader needs: the workspace package path or the npm package path. */
export function shortFile(url) {
  if (!url) return '(native / idle / gc)';
  if (url.startsWith('node:')) return url;
  const path = url.replace(/^file:\/\//, '');
  const pkg = path.match(/\/packages\/([^/]+)\/(.*)$/);
  if (pkg) return `packages/${pkg[1]}/${pkg[2]}`;
  const nm = path.split('node_modules/').pop();
  return nm === path ? path.replace(/^.*\/bench\//, 'bench/') : nm;
}

/**
 * Self time (sample count × interval) grouped by function (`name file:line`) and by file, each sorted
 * descending with its share of all samples.
 */
export function summarizeProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const total = profile.samples.length || 1;
  const fn = new Map();
  const file = new Map();
  for (const [id, n] of counts) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const f = shortFile(url);
    const name = `${functionName || '(anonymous)'}  ${f}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(name, (fn.get(name) ?? 0) + n);
    file.set(f, (file.get(f) ?? 0) + n);
  }
  const sorted = (m) => [...m].map(([name, n]) => ({ name, pct: (100 * n) / total })).sort((a, b) => b.pct - a.pct);
  const totalMs = (profile.endTime - profile.startTime) / 1000;
  return { byFunction: sorted(fn), byFile: sorted(file), totalMs };
}
