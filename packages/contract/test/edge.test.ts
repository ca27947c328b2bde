// The main entry must run on edge runtimes: no Node-only code outside src/node (the build is checked in
// command.test.ts, after it makes sure dist is fresh).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const FORBIDDEN = /from ['"]node:|import\(['"]node:|\brequire\(|\bprocess\.|\bBuffer\b|@hono\//;

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      // src/undici is the adapter for undici's dispatcher, which exists only on Node (and Deno/Bun's Node layer):
      // it may use Buffer, as undici's own handlers do. Everything else must be edge-safe.
      if (e.name !== 'node' && e.name !== 'undici') yield* files(p);
    } else if (/\.(ts|js)$/.test(e.name)) yield p;
  }
}

describe('edge-safe main entry', () => {
  it('src outside src/node and src/undici uses web-standard globals only', () => {
    const offenders: string[] = [];
    for (const f of files(join(root, 'src'))) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!/^\s*(\/\/|\*)/.test(line) && FORBIDDEN.test(line)) offenders.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
