// Consumer app, CommonJS: `require()` of the ESM-only packages, which Node supports from 20.19 (and 22.12)
// when the module graph has no top-level await. Prints each package's export names as JSON.
const names = ['@org/ecs-pipelines-core', '@org/ecs-pipelines-client', '@org/ecs-pipelines-contract', '@org/ecs-pipelines-contract/node', '@org/ecs-pipelines-cli'];
const out = {};
for (const name of names) out[name] = Object.keys(require(name)).sort();
console.log(JSON.stringify({ node: process.versions.node, exports: out }));
