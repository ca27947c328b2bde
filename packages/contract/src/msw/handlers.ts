// Mock Service Worker (msw 2.x) request handlers that answer ECS endpoints with the emulator, in process and with
// no port: with `setupServer` in Node (which intercepts node:http/https and fetch, so Alibaba's SDK and this
// project's client reach it at their default endpoints) and with `setupWorker` in a browser. Signatures are
// verified as over HTTP. Nothing here imports `node:`, so the same handlers bundle for a page.
import { http, HttpResponse, type HttpHandler } from 'msw';
import { emulatorFrom, urlMatcher, type InterceptOptions } from '../ecs-endpoint.js';
import type { Emulator } from '../emulator.js';
import type { EmulatorOptions } from '../options.js';
import { isDroppedResponse } from '../respond.js';

/** The handlers, to spread into `setupServer(...)` / `setupWorker(...)`, and the emulator answering them. */
export interface EcsHandlers extends Array<HttpHandler> {
  /** The emulator behind the handlers: its `log`, `faults`, `advanceClock`, data, for a test's assertions. */
  readonly emulator: Emulator;
}

// Every absolute http(s) URL reaches the resolver, which answers the hosts it serves and lets the rest through
// (a resolver that returns nothing leaves the request to the next handler, or to `onUnhandledRequest`). A
// RegExp works in every msw 2 release; custom predicate functions came later.
const ANY_HTTP_URL = /^https?:\/\//;

/**
 * Handlers answering ECS endpoints (`https://ecs-cn-hangzhou.aliyuncs.com`, `ecs.<region>`, `ecs-vpc.<region>`,
 * `ecs.aliyuncs.com`; `hosts` to change) with `emulator`, or with a new emulator made from these options
 * (`ecsHandlers({ pipelines: 50 })`). A dropped connection (the `drop` fault) is a network error.
 */
export function ecsHandlers(emulator?: Emulator | EmulatorOptions, options: InterceptOptions = {}): EcsHandlers {
  const target = emulatorFrom(emulator);
  const matches = urlMatcher(options.hosts);
  const handler = http.all(ANY_HTTP_URL, async ({ request }) => {
    if (!matches(new URL(request.url))) return undefined;
    const response = await target(request);
    return isDroppedResponse(response) ? HttpResponse.error() : response;
  });
  return Object.assign([handler], { emulator: target });
}
