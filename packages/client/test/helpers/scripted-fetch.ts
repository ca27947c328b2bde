// A fetch that answers from a script, for tests that need exact fault timing. It honours the request's
// signal like a real fetch: an abort rejects at once with the signal's reason.

/** One scripted answer: a response, a network failure, or no answer at all until aborted. */
export type Step =
  | { status?: number; body: string; headers?: Record<string, string>; delayMs?: number }
  | { fail: string }
  | 'hang';

export interface ScriptedFetch {
  fetch: typeof fetch;
  /** The requests received, with when they arrived (performance.now()). */
  requests: { request: Request; at: number }[];
}

const page = (items: number, next?: string) =>
  JSON.stringify({
    RequestId: `r-${Math.random().toString(16).slice(2)}`,
    NextToken: next,
    ImagePipeline: { ImagePipelineSet: Array.from({ length: items }, (_, i) => ({ ImagePipelineId: `ip-${i}` })) },
  });

/** A 200 page of `items` pipelines and an optional NextToken. */
export const okPage = (items = 1, next?: string): Step => ({ body: page(items, next) });

/** Answers request n with `steps[n]`, or with the last step once the script runs out. */
export function scriptedFetch(steps: Step[] | ((request: Request, index: number) => Step)): ScriptedFetch {
  const requests: ScriptedFetch['requests'] = [];
  const next = (request: Request, i: number): Step => (typeof steps === 'function' ? steps(request, i) : (steps[Math.min(i, steps.length - 1)] ?? okPage()));
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const step = next(request, requests.length);
    requests.push({ request, at: performance.now() });
    const signal = request.signal;
    return new Promise<Response>((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = (fn: () => void) => {
        signal.removeEventListener('abort', onAbort);
        fn();
      };
      if (step === 'hang') return;
      if ('fail' in step) return settle(() => reject(new TypeError(step.fail)));
      const respond = () =>
        settle(() => resolve(new Response(step.body, { status: step.status ?? 200, headers: { 'content-type': 'application/json', ...step.headers } })));
      if (step.delayMs) timer = setTimeout(respond, step.delayMs);
      else respond();
    });
  };
  return { fetch: fetchFn as typeof fetch, requests };
}
