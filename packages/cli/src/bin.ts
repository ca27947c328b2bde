#!/usr/bin/env node
console.error('ecs-pipelines: the command is not built yet (see the CLI issue).');
process.exit(2);
