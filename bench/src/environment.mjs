// What the report records about where it ran: date, machine, Node and package versions.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

/** Packages whose versions the report lists; each is a dev dependency linked into bench/node_modules. */
export const REPORTED_PACKAGES = [
  '@org/ecs-pipelines-client',
  '@org/ecs-pipelines-core',
  '@org/ecs-pipelines-contract',
  '@alicloud/ecs20140526',
  '@alicloud/openapi-core',
  '@alicloud/pop-core',
  'esbuild',
];

/** The machine as the report prints it. */
export function describeMachine() {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown CPU',
    memoryGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    loadAvg: os.loadavg().map((l) => l.toFixed(2)).join(' / '),
  };
}

/** Node's version and each reported package's installed version (read from bench/node_modules). */
export function describeVersions(benchDir) {
  const packages = {};
  for (const name of REPORTED_PACKAGES) {
    try {
      packages[name] = JSON.parse(readFileSync(join(benchDir, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      packages[name] = 'not installed';
    }
  }
  return { node: process.version, packages };
}
