// The scenario as a command, for Node, Bun and Deno: `<runtime> runners/cli.mjs '<options JSON>'` prints
// the result as one JSON line. `@org/ecs-pipelines-client` resolves to the built package: through
// node_modules in Node and Bun, through an import map in Deno.
import * as client from '@org/ecs-pipelines-client';
import { runSmoke } from '../scenario/smoke.mjs';

const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const options = JSON.parse(args[0]);
const result = await runSmoke(client, { ...options, runtime: runtimeName() });
console.log(JSON.stringify({ ...result, runtimeVersion: runtimeVersion() }));

function runtimeName() {
  if (globalThis.Deno) return 'deno';
  if (globalThis.Bun) return 'bun';
  return 'node';
}

function runtimeVersion() {
  if (globalThis.Deno) return globalThis.Deno.version.deno;
  if (globalThis.Bun) return globalThis.Bun.version;
  return process.versions.node;
}
