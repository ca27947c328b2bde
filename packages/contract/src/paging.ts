// NextToken paging: opaque tokens bound to the query (filters + region) they came from.
// A token is base64 of [version, offset (u32), 64-bit hash of salt + query fingerprint + offset]; any change to
// the filters, the offset or the token's bytes makes it invalid. Standard base64 on purpose: real tokens
// carry `+`, `/` and `=`, so clients that forget to percent-encode them fail here as they would in production.

const VERSION = 1;

/** One page of a list. */
export interface Page<T> {
  items: T[];
  totalCount: number;
  maxResults: number;
  /** Present only when more items follow. */
  nextToken?: string;
}

/** Why a token was refused. */
export class NextTokenError extends Error {
  override name = 'NextTokenError';
}

/**
 * Returns the page of `items` that starts at the offset in `token` (or at 0 without a token).
 * Throws {@link NextTokenError} when the token is malformed, was issued for another query, or points past
 * the end.
 */
export function paginate<T>(items: readonly T[], opts: { token?: string; maxResults: number; fingerprint: string; salt?: string }): Page<T> {
  const salt = opts.salt ?? '';
  const offset = opts.token ? decodeToken(opts.token, opts.fingerprint, salt) : 0;
  if (offset > items.length || (offset === items.length && offset !== 0)) throw new NextTokenError('the token points past the last page');
  const end = Math.min(items.length, offset + opts.maxResults);
  const page: Page<T> = { items: items.slice(offset, end), totalCount: items.length, maxResults: opts.maxResults };
  if (end < items.length) page.nextToken = encodeToken(end, opts.fingerprint, salt);
  return page;
}

/** Encodes the offset of the next page for this query. */
export function encodeToken(offset: number, fingerprint: string, salt = ''): string {
  const bytes = new Uint8Array(13);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, VERSION);
  view.setUint32(1, offset);
  const [h1, h2] = hash64(`${salt}\u0001${fingerprint}\u0001${offset}`);
  view.setUint32(5, h1);
  view.setUint32(9, h2);
  return btoa(String.fromCharCode(...bytes));
}

/** Decodes a token issued for this query; throws {@link NextTokenError} otherwise. */
export function decodeToken(token: string, fingerprint: string, salt = ''): number {
  let binary: string;
  try {
    binary = atob(token);
  } catch {
    throw new NextTokenError('the token is not one this service issued');
  }
  if (binary.length !== 13 || binary.charCodeAt(0) !== VERSION) throw new NextTokenError('the token is not one this service issued');
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const view = new DataView(bytes.buffer);
  const offset = view.getUint32(1);
  const [h1, h2] = hash64(`${salt}\u0001${fingerprint}\u0001${offset}`);
  if (view.getUint32(5) !== h1 || view.getUint32(9) !== h2) {
    throw new NextTokenError('the token was issued for a different query (RegionId or filters changed)');
  }
  return offset;
}

// Two independent 32-bit FNV-1a style hashes: a checksum against edits and mix-ups, not a MAC.
function hash64(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return [a >>> 0, (b ^ (b >>> 15)) >>> 0];
}
