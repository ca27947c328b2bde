// Node-only entry of @org/ecs-pipelines-contract: the emulator on a local HTTP server, and the command.
export { startEmulatorServer } from './server.js';
export type { EmulatorServer, EmulatorServerOptions } from './server.js';
export { EMULATOR_FLAGS, EmulatorUsageError, emulatorUsage, parseEmulatorArgs, runEmulatorCommand } from './command.js';
export type { EmulatorCommandIo, EmulatorFlag } from './command.js';
export { readStateFile, StateFileError, writeStateFile } from './state-file.js';
