// Keeps bench/README.md's "latest results" section in step with the last full run (pure).

export const START = '<!-- bench:latest:start (written by `pnpm bench`; do not edit by hand) -->';
export const END = '<!-- bench:latest:end -->';

/**
 * Replaces the text between the README's markers with `report`, its headings demoted two levels so they
 * nest under the README's own section. Throws when the markers are missing, rather than losing the text.
 */
export function spliceReadme(readme, report) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a === -1 || b < a) throw new Error('bench/README.md lost its bench:latest markers');
  const body = report.replace(/^(#{1,4}) /gm, '$1## ').trim();
  return `${readme.slice(0, a + START.length)}\n\n${body}\n\n${readme.slice(b)}`;
}
