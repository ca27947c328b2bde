// Renders the changeset that `spec:diff --changeset` writes. Pure apart from hashing.
import { createHash } from 'node:crypto';

/**
 * The packages of the fixed group in .changeset/config.json. Every spec change reaches all four (core's
 * generated types and rules, the client's generated SDK, the emulator, the CLI), so the changeset names
 * each explicitly; scripts/test/spec-diff.test.ts checks this list against packages/*.
 */
export const FIXED_GROUP = [
  '@org/ecs-pipelines-core',
  '@org/ecs-pipelines-client',
  '@org/ecs-pipelines-contract',
  '@org/ecs-pipelines-cli',
];

/**
 * The file name for a spec changeset: `spec-<8 hex of the new spec's SHA-256>.md`. Named after the content so
 * running the command twice for the same spec rewrites one file instead of adding a second bump.
 */
export function changesetFileName(specText) {
  return `spec-${createHash('sha256').update(specText).digest('hex').slice(0, 8)}.md`;
}

/**
 * The changeset text: every package of the group at `bump`, and the change list as the summary.
 * @param {{ bump: 'major' | 'minor' | 'patch', changes: import('./changes.mjs').Change[], base: string }} input
 */
export function renderChangeset({ bump, changes, base }) {
  const front = FIXED_GROUP.map((name) => `"${name}": ${bump}`).join('\n');
  const list = changes.map((c) => `- (${c.level}) ${c.subject}: ${c.what}`).join('\n');
  return `---\n${front}\n---\n\nAPI description change (spec/openapi.yaml compared with ${base}):\n\n${list}\n`;
}
