// A request URL split into its origin and its path with query, without parsing the whole URL per request (the
// client sends to one or a few origins, and a page's query can be long).

/** `url`'s origin (`http://host:port`) and its path and query, the latter percent-encoded. */
export function splitUrl(url: string): { origin: string; path: string } {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  const path = slash < 0 ? '/' : url.slice(slash);
  if (slash > 0 && /^\/[\x21-\x7e]*$/.test(path)) return { origin: url.slice(0, slash), path };
  // Not plain ASCII (the client's own URLs always are): let URL encode it.
  const u = new URL(url);
  return { origin: u.origin, path: `${u.pathname}${u.search}` };
}
