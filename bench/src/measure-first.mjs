// One fresh process's first response: `node measure-first.mjs '<json options>'`. Imports one contender, makes
// one call against the canned server and prints one JSON line: milliseconds from the process's start
// (performance.timeOrigin) to the import done and to the first page parsed. It does not call process.exit: the
// parent also times how long the process takes to end on its own (what a CLI run or a cold start waits for).
import { performance } from 'node:perf_hooks';
import { CANNED_ITEMS } from './canned.mjs';

const { contender, port, credentials } = JSON.parse(process.argv[2]);
const { create } = await import(`./contenders/${contender}.mjs`);
const importedMs = performance.now();
const call = await create({ port, baseUrl: `http://127.0.0.1:${port}`, credentials });
const items = await call();
const firstMs = performance.now();
if (items !== CANNED_ITEMS) throw new Error(`${contender} returned ${items} pipelines, expected ${CANNED_ITEMS}`);
process.stdout.write(`${JSON.stringify({ contender, importedMs, firstMs })}\n`);
