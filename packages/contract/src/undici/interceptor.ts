// An undici interceptor (the `Dispatcher.compose` kind, undici 7) that answers ECS endpoints with the emulator
// in process and passes every other request on. Composed onto a MockAgent (`mockAgent.compose(ecs)`), the
// result still is that MockAgent for everything but `dispatch`, so code that follows a global MockAgent —
// `fetch`, `undici.request`, and this project's Node client — sends its ECS requests here.
import { urlMatcher, emulatorFrom, type InterceptOptions } from '../ecs-endpoint.js';
import type { Emulator } from '../emulator.js';
import type { EmulatorOptions } from '../options.js';
import { isDroppedResponse } from '../respond.js';
import { dispatchUrl, toRequest, type DispatchRequest } from './request.js';

/** What undici's `compose` hands an interceptor as its controller (the part used here). */
interface Controller {
  readonly aborted: boolean;
  abort(reason: Error): void;
  pause(): void;
  resume(): void;
}

/** undici 7's dispatch handler, as `compose` hands it to interceptors (legacy handlers are wrapped into it). */
interface ResponseSink {
  onRequestStart?(controller: Controller, context: unknown): void;
  onResponseStart?(controller: Controller, statusCode: number, headers: Record<string, string | string[]>, statusMessage?: string): void;
  onResponseData?(controller: Controller, chunk: Uint8Array): void;
  onResponseEnd?(controller: Controller, trailers: Record<string, string | string[]>): void;
  onResponseError?(controller: Controller, error: Error): void;
  /** undici 6's handlers have this instead (and no onResponseStart). */
  onError?(error: Error): void;
}

/**
 * An undici interceptor: pass it to `compose` of any dispatcher (`new MockAgent().compose(ecs)`,
 * `new Agent().compose(ecs)`). `emulator` is the emulator that answers (log, faults, clock).
 */
export interface EcsInterceptor {
  <O extends DispatchRequest, H extends object>(dispatch: (options: O, handler: H) => boolean): (options: O, handler: H) => boolean;
  readonly emulator: Emulator;
}

/**
 * An interceptor answering ECS endpoints (`https://ecs-cn-hangzhou.aliyuncs.com`, `ecs.<region>`,
 * `ecs-vpc.<region>`, `ecs.aliyuncs.com`; `hosts` to change) with `emulator`, or with a new emulator made from
 * these options. Signatures are verified as by the emulator over HTTP.
 */
export function ecsInterceptor(emulator?: Emulator | EmulatorOptions, options: InterceptOptions = {}): EcsInterceptor {
  const target = emulatorFrom(emulator);
  const matches = urlMatcher(options.hosts);
  const interceptor = <O extends DispatchRequest, H extends object>(dispatch: (options: O, handler: H) => boolean) =>
    (opts: O, handler: H): boolean => {
      const url = dispatchUrl(opts);
      if (!url || !matches(url)) return dispatch(opts, handler);
      void answer(target, url, opts, handler);
      return true;
    };
  return Object.assign(interceptor, { emulator: target });
}

/** One request answered by the emulator, reported to undici's handler; an abort stops it wherever it is. */
async function answer(emulator: Emulator, url: URL, opts: DispatchRequest, sink: ResponseSink): Promise<void> {
  if (typeof sink.onResponseStart !== 'function') {
    // undici 6's compose hands interceptors its older handler kind (onHeaders/onData/onComplete).
    sink.onError?.(new TypeError('ecsInterceptor needs undici 7 (its compose hands interceptors onResponseStart handlers)'));
    return;
  }
  // An abort (the caller's signal) ends the request at once with its reason, as a dispatcher does; the
  // emulator's answer, when it comes, is dropped.
  let settled = false;
  const fail = (error: Error) => {
    if (settled) return;
    settled = true;
    sink.onResponseError?.(controller, error);
  };
  const controller = new Control(fail);
  try {
    sink.onRequestStart?.(controller, {});
    if (settled) return;
    const response = await emulator(await toRequest(url, opts));
    if (isDroppedResponse(response)) throw socketClosed();
    const body = new Uint8Array(await response.arrayBuffer());
    if (settled) return;
    sink.onResponseStart(controller, response.status, headerRecord(response.headers), response.statusText);
    if (body.length > 0 && !settled) sink.onResponseData?.(controller, toChunk(body));
    if (settled) return;
    settled = true;
    sink.onResponseEnd?.(controller, {});
  } catch (error) {
    fail(error instanceof Error ? error : new Error(String(error)));
  }
}

/** The controller undici's handlers expect; the answer is one chunk, so pausing has nothing to hold back. */
class Control implements Controller {
  aborted = false;
  paused = false;
  reason: Error | null = null;
  constructor(private readonly onAbort: (reason: Error) => void) {}
  abort(reason: Error): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.onAbort(reason);
  }
  pause(): void {
    this.paused = true;
  }
  resume(): void {
    this.paused = false;
  }
}

function headerRecord(headers: Headers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  headers.forEach((value, name) => void (out[name] = value));
  const cookies = headers.getSetCookie?.() ?? [];
  if (cookies.length > 0) out['set-cookie'] = cookies;
  return out;
}

// undici's handlers take Node Buffers (they call Buffer methods on chunks); wherever undici runs, Buffer is a global.
const toChunk = (bytes: Uint8Array): Uint8Array => (typeof Buffer === 'function' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes);

/** What undici reports when the server closes the connection before answering. */
function socketClosed(): Error {
  return Object.assign(new Error('other side closed (connection dropped by the emulator: injected fault)'), { code: 'UND_ERR_SOCKET' });
}
