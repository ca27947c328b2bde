#!/usr/bin/env node
// Counts the real test results of the whole run: every vitest JSON report (.test-results/**.json under the
// root and the packages), plus each non-vitest check step (steps.txt). Prints `N passed, N failed` last.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = [];
const visit = (dir, depth) => {
  if (!existsSync(dir) || depth > 4) return;
  for (const e of readdirSync(dir)) {
    if (e === 'node_modules' || e === '.git') continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) visit(p, depth + 1);
    else if (p.includes('.test-results') && e.endsWith('.json')) reports.push(p);
  }
};
visit(root, 0);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const r of reports) {
  const j = JSON.parse(readFileSync(r, 'utf8'));
  passed += j.numPassedTests ?? 0;
  failed += (j.numFailedTests ?? 0) + (j.numFailedTestSuites && !j.numFailedTests ? j.numFailedTestSuites : 0);
  skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0);
  console.log(`  ${r.slice(root.length + 1)}: ${j.numPassedTests} passed, ${j.numFailedTests} failed`);
}
const steps = join(root, '.test-results/steps.txt');
if (existsSync(steps)) {
  for (const line of readFileSync(steps, 'utf8').trim().split('\n')) {
    console.log(`  step ${line}`);
    if (line.startsWith('ok ')) passed += 1;
    else failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
