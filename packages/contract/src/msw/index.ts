// @org/ecs-pipelines-contract/msw: the emulator inside Mock Service Worker (msw 2.x, an optional peer
// dependency), no port: `setupServer(...ecsHandlers())` in Node tests, `setupWorker(...ecsHandlers())` in a
// page. Runtime-neutral (no `node:` imports), so it bundles for browsers.
export { ecsHandlers } from './handlers.js';
export type { EcsHandlers } from './handlers.js';
export { ECS_HOSTS } from '../ecs-endpoint.js';
export type { InterceptOptions } from '../ecs-endpoint.js';
