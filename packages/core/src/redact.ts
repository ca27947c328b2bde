// Redaction at the source: every error message, excerpt and header dump passes through here before it is
// stored, so no later `toString`, `JSON.stringify` or `util.inspect` can leak a secret.

/** What a hidden value is replaced with. */
export const REDACTED = '[REDACTED]';

// Names whose values are secret, in the spellings they take in queries (V1 `Signature=`, `SecurityToken=`),
// headers (`x-acs-security-token:`), SDK configs (`accessKeySecret: '…'`), JSON and XML, and the
// `Credential=`/`Signature=` parts of an ACS3 `Authorization` header. `SignatureNonce`, `SignatureMethod`
// and `x-acs-signature-nonce` are not secret: the look-ahead stops `signature` from matching them.
const NAME = /(?:(?<=%26|%2526|%252526)|(?<![A-Za-z0-9]))(signature|credential|(?:access[-_]?key[-_]?)?secret|security[-_]?token)(?![A-Za-z0-9_-])/gi;

// After a name: an optional closing quote (JSON/inspect keys), then the separator. The service echoes its
// V1 string-to-sign in SignatureDoesNotMatch messages, where `=` appears once or twice percent-encoded.
const SEPARATOR = /["'`]?\s*(=|:|>|%3D|%253D|%25253D)\s*/iy;

// Where an unquoted value ends, per separator (a token may hold raw `+/=&~*`).
const END: Record<string, RegExp> = {
  '=': /[&\s"'`<>,;)\]}]/g,
  ':': /[\s"'`<>,;)\]}]/g,
  '>': /</g,
  '%3d': /%26|[&\s"'`<>,;]/gi,
  '%253d': /%2526|%26|[&\s"'`<>,;]/gi,
  '%25253d': /%252526|%2526|%26|[&\s"'`<>,;]/gi,
};

/**
 * Hides secrets in free text: signatures, security tokens, AccessKey secrets and the credential and signature
 * of an `Authorization` header, in query, header, JSON, `util.inspect` and XML spellings, including the
 * percent-encoded string-to-sign the service echoes back. Pass `secrets` to also hide known literal values
 * (and their percent-encoded forms) wherever they appear.
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = '';
  let last = 0;
  NAME.lastIndex = 0;
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
    const after = m.index + m[0].length;
    SEPARATOR.lastIndex = after;
    const sep = SEPARATOR.exec(text);
    if (!sep) continue;
    const kind = (sep[1] ?? '=').toLowerCase();
    const [from, to] = valueSpan(text, after + sep[0].length, kind);
    if (to === from) continue;
    // `name: value` without quotes is prose ("accessKeySecret: must not be empty") unless the name is a
    // header name (`x-acs-security-token: …`).
    if (kind === ':' && !m[0].includes('-') && !isQuote(text[after + sep[0].length])) continue;
    out += text.slice(last, from) + REDACTED;
    last = to;
    NAME.lastIndex = to;
  }
  out += text.slice(last);
  return hideLiterals(out, secrets);
}

// The span of the value that starts at `start`: inside the quotes when quoted (the quotes stay).
function valueSpan(text: string, start: number, sep: string): [number, number] {
  const quote = text[start];
  if (isQuote(quote)) {
    let i = start + 1;
    while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
    return [start + 1, Math.min(i, text.length)];
  }
  const end = END[sep] ?? END['=']!;
  end.lastIndex = start;
  const stop = end.exec(text);
  return [start, stop ? stop.index : text.length];
}

function isQuote(c: string | undefined): boolean {
  return c === '"' || c === "'" || c === '`';
}

function hideLiterals(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const s of secrets) {
    if (!s || s.length < 4) continue;
    for (const form of literalForms(s)) out = out.split(form).join(REDACTED);
  }
  return out;
}

function literalForms(s: string): string[] {
  const forms = new Set([s]);
  const rfc = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  try {
    forms.add(encodeURIComponent(s));
    forms.add(encodeURIComponent(encodeURIComponent(s)));
    forms.add(rfc(s));
    forms.add(rfc(rfc(s)));
  } catch {
    // A lone surrogate cannot be percent-encoded; the raw form is still hidden.
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-acs-security-token|x-acs-bearer-token)$|secret|password|token/i;

/**
 * A copy of request or response headers that is safe to log: names lower-cased, `Authorization` reduced to
 * its algorithm and `SignedHeaders`, tokens, cookies and secrets replaced by `[REDACTED]`.
 */
export function redactHeaders(headers: Record<string, string> | Headers): Record<string, string> {
  const out: Record<string, string> = {};
  const entries: Iterable<[string, string]> =
    typeof (headers as Headers).forEach === 'function' && typeof (headers as Headers).get === 'function'
      ? collect(headers as Headers)
      : Object.entries(headers as Record<string, string>);
  for (const [rawName, value] of entries) {
    const name = rawName.toLowerCase();
    const safe = name === 'authorization' ? redactAuthorization(value) : SECRET_HEADER.test(name) ? REDACTED : redact(String(value));
    Object.defineProperty(out, name, { value: safe, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function collect(headers: Headers): Array<[string, string]> {
  const list: Array<[string, string]> = [];
  headers.forEach((value, name) => list.push([name, value]));
  return list;
}

function redactAuthorization(value: string): string {
  const m = /^(\S+)\s.*?\bSignedHeaders=([^,\s]*)/.exec(value);
  return m ? `${m[1]} Credential=${REDACTED},SignedHeaders=${m[2]},Signature=${REDACTED}` : REDACTED;
}
