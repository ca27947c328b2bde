// Building HTTP responses: JSON or XML bodies, the service's headers, and the fault shapes. (CORS headers are
// added by Hono's cors middleware, to every answer alike.)
import { errorBody, type ServiceError } from './errors.js';
import { renderXml, XML_CONTENT_TYPE } from './render-xml.js';

/** The content type of JSON answers. */
export const JSON_CONTENT_TYPE = 'application/json;charset=utf-8';

/** How to answer one request. */
export interface ResponseContext {
  requestId: string;
  hostId: string;
  xml: boolean;
}

function headers(ctx: ResponseContext, contentType: string, extra?: Record<string, string>): Headers {
  const h = new Headers({ 'content-type': contentType, 'x-acs-request-id': ctx.requestId });
  for (const [k, v] of Object.entries(extra ?? {})) h.set(k, v);
  return h;
}

/** A success body, as JSON or as `<DescribeImagePipelinesResponse>` XML. */
export function successResponse(ctx: ResponseContext, action: string, body: Record<string, unknown>): Response {
  if (ctx.xml) return new Response(renderXml(`${action}Response`, body), { status: 200, headers: headers(ctx, XML_CONTENT_TYPE) });
  return new Response(JSON.stringify(body), { status: 200, headers: headers(ctx, JSON_CONTENT_TYPE) });
}

/** An error answer with the service's body (`RequestId`, `HostId`, `Code`, `Message`, `Recommend`). */
export function errorResponse(ctx: ResponseContext, error: ServiceError, extra?: Record<string, string>): Response {
  const body = errorBody(error, ctx.requestId, ctx.hostId);
  const all = { ...error.headers, ...extra };
  if (ctx.xml) return new Response(renderXml('Error', { ...body }), { status: error.status, headers: headers(ctx, XML_CONTENT_TYPE, all) });
  return new Response(JSON.stringify(body), { status: error.status, headers: headers(ctx, JSON_CONTENT_TYPE, all) });
}

/** The 502 page a load balancer in front of the service sends when the backend fails (not a service body). */
export function html502Response(): Response {
  const html = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>Tengine</center>\r\n</body>\r\n</html>\r\n';
  return new Response(html, { status: 502, headers: { 'content-type': 'text/html' } });
}

/** The same answer with its body cut in half: a complete HTTP response whose JSON does not parse. */
export async function truncate(response: Response): Promise<Response> {
  const text = await response.text();
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  return new Response(cut, { status: response.status, headers: response.headers });
}

const dropped = new WeakSet<Response>();

/**
 * A response standing for a dropped connection. Its body stream errors on the first read, so a fetch caller
 * of the handler sees a network failure while reading, and a runtime serving it aborts the connection
 * mid-response. The Node server recognizes it ({@link isDroppedResponse}) and destroys the socket before
 * sending any byte, as a real connection reset looks.
 */
export function droppedResponse(): Response {
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.error(new TypeError('connection dropped by the emulator (injected fault)'));
    },
  });
  const res = new Response(body, { status: 200, headers: { 'content-type': JSON_CONTENT_TYPE } });
  dropped.add(res);
  return res;
}

/** True for the response of a `drop` fault: a server adapter should close the connection without answering. */
export function isDroppedResponse(response: Response): boolean {
  return dropped.has(response);
}
