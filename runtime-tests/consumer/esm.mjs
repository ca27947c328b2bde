// Consumer app, ESM: imports every installed package by name and runs the smoke scenario with the
// installed client against the installed emulator. argv[2]: { scenario, emulator, smoke } as JSON.
import * as cli from '@org/ecs-pipelines-cli';
import * as client from '@org/ecs-pipelines-client';
import * as contract from '@org/ecs-pipelines-contract';
import * as contractNode from '@org/ecs-pipelines-contract/node';
import * as core from '@org/ecs-pipelines-core';

const { scenario, emulator, smoke } = JSON.parse(process.argv[2]);
const { runSmoke } = await import(scenario);
const server = await contractNode.startEmulatorServer({ port: 0, ...emulator });
try {
  const result = await runSmoke(client, { ...smoke, endpoint: server.url, runtime: 'node' });
  const exportsOf = (m) => Object.keys(m).sort();
  console.log(JSON.stringify({
    ...result,
    exports: { core: exportsOf(core), client: exportsOf(client), contract: exportsOf(contract), 'contract/node': exportsOf(contractNode), cli: exportsOf(cli) },
  }));
} finally {
  await server.close();
}
