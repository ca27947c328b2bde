// undici's dispatch options turned into the fetch `Request` the emulator takes. Dispatchers receive headers and
// bodies in several shapes (a flat `[name, value, …]` list from `request()`, an object from `fetch`, a stream or
// an async iterable for bodies); they are read here, with structural types, so this entry imports no undici.

/** The part of undici's `DispatchOptions` read here. */
export interface DispatchRequest {
  origin?: string | URL | null;
  path: string;
  method: string;
  headers?: unknown;
  body?: unknown;
}

type HeaderValue = string | number | readonly (string | number)[] | null | undefined;

/** The absolute URL of a dispatch, or undefined when it names no origin. */
export function dispatchUrl({ origin, path }: DispatchRequest): URL | undefined {
  if (!origin) return undefined;
  // Concatenated, not resolved: a path such as `//x` must not replace the host.
  return new URL(`${new URL(String(origin)).origin}${path}`);
}

/** The headers of a dispatch, in any of undici's shapes. */
export function dispatchHeaders(raw: unknown): Headers {
  const headers = new Headers();
  const add = (name: unknown, value: HeaderValue | unknown) => {
    if (value === undefined || value === null) return;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(String(name), String(v));
  };
  if (raw === null || raw === undefined) return headers;
  if (Array.isArray(raw)) {
    if (raw.every((item) => Array.isArray(item))) for (const [name, value] of raw) add(name, value);
    else for (let i = 0; i + 1 < raw.length; i += 2) add(raw[i], raw[i + 1]);
  } else if (isIterable(raw)) {
    for (const pair of raw) if (Array.isArray(pair)) add(pair[0], pair[1]);
  } else if (typeof raw === 'object') {
    for (const [name, value] of Object.entries(raw)) add(name, value);
  }
  return headers;
}

/** The body of a dispatch as a fetch body (streams and iterables are read whole; the emulator bounds them itself). */
export async function dispatchBody(body: unknown): Promise<BodyInit | undefined> {
  if (body === null || body === undefined) return undefined;
  // Bytes are copied: a Buffer may be a view into a larger pooled one.
  if (body instanceof Uint8Array) return new Uint8Array(body);
  if (typeof body === 'string' || body instanceof ArrayBuffer || body instanceof Blob || body instanceof FormData || body instanceof URLSearchParams) {
    return body;
  }
  if (isAsyncIterable(body) || isIterable(body)) {
    const encoder = new TextEncoder();
    const chunks: Uint8Array[] = [];
    for await (const chunk of body) chunks.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk instanceof Uint8Array ? chunk : encoder.encode(String(chunk)));
    return concat(chunks);
  }
  return String(body);
}

/** The dispatch as a `Request` to `url`. */
export async function toRequest(url: URL, options: DispatchRequest): Promise<Request> {
  const method = options.method.toUpperCase();
  const body = await dispatchBody(options.body);
  // fetch refuses a body on GET and HEAD; undici sends none there either unless given one, which no SDK does.
  const init: RequestInit = { method, headers: dispatchHeaders(options.headers) };
  if (body !== undefined && method !== 'GET' && method !== 'HEAD') init.body = body;
  return new Request(url, init);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const isIterable = (v: unknown): v is Iterable<unknown> => typeof v === 'object' && v !== null && Symbol.iterator in v;
const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> => typeof v === 'object' && v !== null && Symbol.asyncIterator in v;
