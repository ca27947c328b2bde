// Every published package passes publint (strict: warnings fail) and "Are the types wrong?" on the packed
// tarball with the `esm-only` profile: the packages are ESM-only by design ("type": "module", no CJS
// build), so attw's CommonJS resolutions (node10, node16 from CJS) are out of scope; `require()` of them
// on Node ≥ 20.19 is proven by the consumer test instead.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGES, packageDir, repoRoot } from '../harness/paths.ts';
import { run } from '../harness/run.ts';

const rootBin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

describe.each(PACKAGES)('packages/%s', (folder) => {
  it('publint --strict: all good', async () => {
    const r = await run(rootBin('publint'), ['run', '--strict', '--pack', 'pnpm'], { cwd: packageDir(folder), env, timeoutMs: 60_000 });
    // One assertion on both, so a failure prints publint's whole report.
    expect({ code: r.code, report: `${r.stdout}${r.stderr}` }).toEqual({ code: 0, report: expect.stringContaining('All good!') });
  });

  it('attw --pack --profile esm-only: no problems', async () => {
    const r = await run(rootBin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'json'], {
      cwd: packageDir(folder),
      env,
      timeoutMs: 60_000,
    });
    const report = JSON.parse(r.stdout) as { analysis: { entrypoints: Record<string, unknown> }; problems: Record<string, Array<{ entrypoint?: string; resolutionKind?: string }>> };
    // The JSON lists the problems of the ignored CommonJS resolutions too; the exit code already ignores them.
    const counted = Object.values(report.problems ?? {}).flat().filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind ?? ''));
    expect(counted).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toContain('.');
    expect(r.code, r.stderr).toBe(0);
  });
});
