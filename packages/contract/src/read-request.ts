// Reading a request safely: size limits enforced before and while the body is read.

/** Why a request was refused before its parameters were looked at. */
export class OversizedError extends Error {
  override name = 'OversizedError';
  constructor(
    readonly part: 'URL' | 'body',
    readonly limit: number,
  ) {
    super(`the request ${part} exceeds ${limit} bytes`);
  }
}

/**
 * Reads the body as bytes, refusing early: a declared `Content-Length` over `limit` is refused without
 * reading anything, and a streamed body is abandoned as soon as it passes `limit`.
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) throw new OversizedError('body', limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new OversizedError('body', limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** True when the body is a form (`application/x-www-form-urlencoded`, any parameters). */
export function isForm(contentType: string | null): boolean {
  return contentType !== null && contentType.split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}
