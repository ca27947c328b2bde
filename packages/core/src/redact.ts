// Redaction at the source: every error message, excerpt and header dump passes through here before it is
// stored, so no later `toString`, `JSON.stringify` or `util.inspect` can leak a secret.
import { define, rfc3986 } from './text.js';

/** What a hidden value is replaced with. */
export const REDACTED = '[REDACTED]';

// A secret's name, then its separator, then an opening quote if any. Names: V1 `Signature=`,
// `SecurityToken=` (also behind the `%26` / `%2526` of the percent-encoded string-to-sign the service
// echoes), `x-acs-security-token:`, `accessKeySecret: '…'` (inspect), JSON and XML keys, and the
// `Credential=`/`Signature=` parts of an ACS3 `Authorization` header. `SignatureNonce`, `SignatureMethod`
// and `x-acs-signature-nonce` are not secret: the look-ahead stops `signature` from matching them. The
// separator is `=` percent-encoded once or twice in the echoed string-to-sign (group 3 counts the `25`s).
const SECRET =
  /(?:(?<=%(?:25)*26)|(?<![A-Za-z0-9]))(signature|credential|(?:access[-_]?key[-_]?)?secret|security[-_]?token)(?![\w-])["'`]?\s*(=|:|>|%((?:25)*)3D)\s*(["'`]?)/gi;

// Where an unquoted value ends, by separator (a token may hold raw `+/=&~*`). After an encoded `=` the
// value ends at the encoded `&` of its own level or a lower one (a higher one is part of the value).
const end = (sep: string, levels: string | undefined, q: string): RegExp =>
  new RegExp(
    q
      ? `(?:\\\\[^]|[^\\\\${q}])*`
      : `(?:(?!${sep === '=' ? '[&\\s"\'`<>,;)\\]}]' : sep === ':' ? '[\\s"\'`<>,;)\\]}]' : sep === '>' ? '<' : `%(?:25){0,${levels!.length / 2}}26|[&\\s"'\`<>,;]`})[^])*`,
    'iy',
  );

/**
 * Hides secrets in free text: signatures, security tokens, AccessKey secrets and the credential and signature
 * of an `Authorization` header, in query, header, JSON, `util.inspect` and XML spellings, including the
 * percent-encoded string-to-sign the service echoes back. Pass `secrets` to also hide known literal values
 * (and their percent-encoded forms) wherever they appear.
 */
export function redact(text: string, secrets: readonly (string | undefined)[] = []): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(SECRET)) {
    const [all, name, sep, levels, q] = m as unknown as string[];
    const from = m.index! + all!.length;
    // `name: value` without quotes is prose ("accessKeySecret: must not be empty") unless the name is a
    // header name (`x-acs-security-token: …`).
    if (m.index! < last || (sep === ':' && !q && !name!.includes('-'))) continue;
    const stop = end(sep!, levels, q!);
    stop.lastIndex = from;
    stop.exec(text);
    if (stop.lastIndex > from) {
      out += text.slice(last, from) + REDACTED;
      last = stop.lastIndex;
    }
  }
  out += text.slice(last);
  for (const s of secrets) {
    if (!s || s.length < 4) continue;
    const forms = [s];
    try {
      for (const encode of [encodeURIComponent, rfc3986]) forms.push(encode(s), encode(encode(s)));
    } catch {
      // A lone surrogate cannot be percent-encoded; the raw form is still hidden.
    }
    for (const form of forms.sort((a, b) => b.length - a.length)) out = out.split(form).join(REDACTED);
  }
  return out;
}

const SECRET_HEADER = /^(authorization|proxy-authorization|cookie|set-cookie|x-acs-security-token|x-acs-bearer-token)$|secret|password|token/i;

/**
 * A copy of request or response headers that is safe to log: names lower-cased, `Authorization` reduced to
 * its algorithm and `SignedHeaders`, tokens, cookies and secrets replaced by `[REDACTED]`.
 */
export function redactHeaders(headers: Record<string, string> | Headers): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (value: string, raw: string) => {
    const name = raw.toLowerCase();
    const auth = /^(\S+)\s.*?\bSignedHeaders=([^,\s]*)/.exec(value);
    define(
      out,
      name,
      name === 'authorization'
        ? auth ? `${auth[1]} Credential=${REDACTED},SignedHeaders=${auth[2]},Signature=${REDACTED}` : REDACTED
        : SECRET_HEADER.test(name) ? REDACTED : redact(String(value)),
    );
  };
  if (typeof (headers as Headers).get === 'function') (headers as Headers).forEach(add);
  else for (const [name, value] of Object.entries(headers)) add(value, name);
  return out;
}
