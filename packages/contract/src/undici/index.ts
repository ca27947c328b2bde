// @org/ecs-pipelines-contract/undici: the emulator inside undici's dispatchers, no port. An interceptor for
// `compose` (undici 7) that answers ECS endpoints in process; composed onto a MockAgent set as the global
// dispatcher, it serves `fetch`, `undici.request` and this project's Node client. Imports no undici itself
// (undici is an optional peer dependency) and nothing from `node:`.
export { ecsInterceptor } from './interceptor.js';
export type { EcsInterceptor } from './interceptor.js';
export type { DispatchRequest } from './request.js';
export { ECS_HOSTS } from '../ecs-endpoint.js';
export type { InterceptOptions } from '../ecs-endpoint.js';
