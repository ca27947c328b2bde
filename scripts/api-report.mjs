#!/usr/bin/env node
// The public API of each published package, recorded by API Extractor in api-report/<package>[-<subpath>].api.md
// from the built declarations (dist/*.d.ts) of every `exports` subpath that has types. The reports are
// checked in, so a change of the public API shows up in review (and needs a changeset).
//
//   node scripts/api-report.mjs --check    (`pnpm api:check`, a step of the test command) exit 1 when an export
//                                          changed and its report was not updated, or a report has no entry
//   node scripts/api-report.mjs --update   (`pnpm api:update`) rewrite the reports
//
// Both read dist/: build first (`pnpm build`; the package scripts do).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reportFolder = join(root, 'api-report');
const UPDATE = 'pnpm api:update';

/** Every typed `exports` entry of the public packages: the report's name and its declaration file. */
export function apiEntries() {
  const base = join(root, 'packages');
  return readdirSync(base)
    .filter((d) => existsSync(join(base, d, 'package.json')))
    .flatMap((d) => {
      const dir = join(base, d);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (pkg.private) return [];
      const unscoped = pkg.name.replace(/^@[^/]+\//, '');
      return Object.entries(pkg.exports ?? {})
        .filter(([, target]) => typeof target === 'object' && target.types)
        .map(([subpath, target]) => ({
          dir,
          name: subpath === '.' ? unscoped : `${unscoped}-${subpath.slice(2).replaceAll('/', '-')}`,
          label: `${pkg.name}${subpath.slice(1)}`,
          types: join(dir, target.types),
        }));
    });
}

function extract(entry, tempFolder) {
  if (!existsSync(entry.types)) throw new Error(`${relative(root, entry.types)} is missing: build first (pnpm build)`);
  const config = ExtractorConfig.prepare({
    configObjectFullPath: join(entry.dir, 'api-extractor.json'), // virtual: relative paths resolve from the package
    packageJsonFullPath: join(entry.dir, 'package.json'),
    configObject: {
      projectFolder: entry.dir,
      mainEntryPointFilePath: entry.types,
      compiler: { overrideTsconfig: { compilerOptions: { lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], skipLibCheck: true }, files: [entry.types] } },
      // Written to a temporary folder, then compared with api-report/ here (see normalize).
      apiReport: { enabled: true, reportFileName: entry.name, reportFolder: tempFolder, reportTempFolder: join(tempFolder, 'temp') },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: {
          default: { logLevel: 'warning', addToApiReportFile: true },
          // No @public/@beta tags here: everything exported is public (STYLE.md 6: listed by name in index.ts).
          'ae-missing-release-tag': { logLevel: 'none' },
          // A type reached from the API but not exported by name stays visible in the report, as a note.
          'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
          // Documentation is TypeDoc's check (`pnpm run docs`); a doc comment is no API change.
          'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
          'ae-unresolved-link': { logLevel: 'none' },
        },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  });
  const problems = [];
  Extractor.invoke(config, {
    localBuild: true,
    messageCallback: (m) => {
      // console-* messages are API Extractor's own report bookkeeping ("created", "changed"): ours is below.
      const serious = m.logLevel === ExtractorLogLevel.Warning || m.logLevel === ExtractorLogLevel.Error;
      if (serious && !m.messageId.startsWith('console-')) problems.push(m.formatMessageWithLocation(root));
      m.handled = true;
    },
  });
  return { problems, text: normalize(readFileSync(join(tempFolder, `${entry.name}.api.md`), 'utf8')) };
}

/**
 * The report without "(undocumented)" markers (and the bare `//` lines that separate them from warnings):
 * adding a doc comment must not look like an API change.
 */
export function normalize(report) {
  return report.replace(/^[ \t]*\/\/( \(undocumented\))?[ \t]*\r?\n/gm, '');
}

function main() {
  const update = process.argv.includes('--update');
  if (!update && !process.argv.includes('--check')) {
    console.error('usage: node scripts/api-report.mjs --check | --update');
    process.exitCode = 2;
    return;
  }
  mkdirSync(reportFolder, { recursive: true });
  const tempFolder = join(tmpdir(), `ecs-pipelines-api-report-${process.pid}`);
  const entries = apiEntries();
  let failed = 0;
  try {
    for (const entry of entries) {
      const r = extract(entry, tempFolder);
      const file = join(reportFolder, `${entry.name}.api.md`);
      const rel = relative(root, file);
      for (const p of r.problems) console.error(`api report: ${entry.label}: ${p}`);
      if (r.problems.length) failed++;
      const old = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (old === r.text) console.log(`api report: ok: ${entry.label} (${rel})`);
      else if (update) {
        writeFileSync(file, r.text);
        console.log(`api report: ${old === undefined ? 'created' : 'updated'} ${rel}`);
      } else {
        failed++;
        console.error(`api report: CHANGED: the public API of ${entry.label} differs from ${rel}${old === undefined ? ' (no report yet)' : ''}:`);
        const now = join(tempFolder, `${entry.name}.now.api.md`);
        writeFileSync(now, r.text);
        spawnSync('git', ['--no-pager', 'diff', '--no-index', '--no-color', '--', old === undefined ? '/dev/null' : file, now], { stdio: ['ignore', 'inherit', 'inherit'] });
      }
    }
    const known = new Set(entries.map((e) => `${e.name}.api.md`));
    for (const f of readdirSync(reportFolder).filter((f) => f.endsWith('.api.md') && !known.has(f))) {
      if (update) {
        rmSync(join(reportFolder, f));
        console.log(`api report: removed api-report/${f} (no such export any more)`);
      } else {
        failed++;
        console.error(`api report: STALE: api-report/${f} belongs to no package export`);
      }
    }
  } finally {
    rmSync(tempFolder, { recursive: true, force: true });
  }
  if (failed && !update) {
    console.error(
      `api report: FAILED: the public API changed. If that is intended, run \`${UPDATE}\`, review and commit api-report/,\n` +
        '  and add a changeset (`pnpm changeset`) saying what changed for users.',
    );
  }
  process.exitCode = failed ? 1 : 0;
}

main();
