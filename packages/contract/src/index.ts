// The edge-safe entry of @org/ecs-pipelines-contract (no Node-only imports): the emulator as a fetch handler,
// its data generators, its saved-state format, and the contract suite. The Node server (with its state
// file) and the command are in `/node`.
export { createEmulator } from './emulator.js';
export type { Emulator } from './emulator.js';
export { DEFAULT_CREDENTIALS } from './options.js';
export type { EmulatorCredential, EmulatorOptions } from './options.js';
export { DEFAULT_REGIONS, generatePipelines, loadPipelineData } from './data.js';
export type { GenerateOptions, PipelineData } from './data.js';
export { generateExecutions } from './data-executions.js';
export type { ExecutionData } from './data-executions.js';
export { generateComponents } from './data-components.js';
export type { ComponentData } from './data-components.js';
export { filterPipelines } from './filter.js';
export type { PipelineFilter } from './filter.js';
export { FAULT_KINDS } from './faults.js';
export type { FaultController, FaultKind, FaultRate, FaultSpec, FaultStats } from './faults.js';
export { formatLogEntry } from './log.js';
export type { LogEntry } from './log.js';
export { isDroppedResponse } from './respond.js';
export { CONTROL_ROUTES } from './control.js';
export type { ClockInfo } from './control.js';
export { STATE_FORMAT } from './state-snapshot.js';
export type { EmulatorStateSnapshot, RegionSnapshot } from './state-snapshot.js';
export type { FailPhase, Phase, Run } from './lifecycle.js';
export type { Kind } from './state.js';
export { CONTRACT_CHECKS, runContractSuite } from './suite/run.js';
export type { ContractCheckResult, ContractSuiteOptions, ContractSuiteReport } from './suite/run.js';
export type { CheckContext, ContractCheck } from './suite/check.js';
export type { EmulatorClockView, LifecycleOptions } from './suite/lifecycle-steps.js';
export type { SuiteTarget } from './suite/call.js';
export type { Item as SuiteItem } from './suite/assert.js';
