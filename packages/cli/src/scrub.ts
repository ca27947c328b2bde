// The CLI's last line of defence: every byte written to stdout and stderr passes through a scrubber that
// knows the secret and token in use and hides them in every spelling a message could carry (raw,
// percent-encoded once or twice as in the service's echoed string-to-sign, JSON-escaped). stderr also gets
// pattern redaction of signatures and tokens whose values the CLI never saw (e.g. echoed by a server).

/** What a hidden value is replaced with. */
export const HIDDEN = '[REDACTED]';

const rfc3986 = (v: string) => encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Every spelling of `secret` a message might contain, longest first. */
export function secretForms(secret: string): string[] {
  const forms = new Set([secret, JSON.stringify(secret).slice(1, -1)]);
  try {
    for (const once of [encodeURIComponent(secret), rfc3986(secret)]) {
      forms.add(once);
      forms.add(once.replace(/%20/g, '+'));
      forms.add(encodeURIComponent(once));
      forms.add(rfc3986(once));
      forms.add(once.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
    }
  } catch {
    // A lone surrogate cannot be percent-encoded; the raw form is still hidden.
  }
  return [...forms].filter((f) => f.length >= 4).sort((a, b) => b.length - a.length);
}

/** Hides every known secret (in all its spellings) in `text`. Values under 4 characters are left alone. */
export function hideSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) {
    if (s.length < 4) continue;
    for (const form of secretForms(s)) if (out.includes(form)) out = out.split(form).join(HIDDEN);
  }
  return out;
}

// name=value / name: value pairs whose values are secret, in query, header, JSON and percent-encoded forms.
// `SignatureNonce`, `SignatureMethod`, `SignatureVersion` and `SignatureDoesNotMatch` are not secret.
const PATTERNS: readonly RegExp[] = [
  /((?<![A-Za-z])(?:Signature|SecurityToken|AccessKeySecret)(?:=|%3D|%253D))(?:(?!%26|%2526)[^&\s"',;<])+/gi,
  /(\bx-acs-security-token["']?\s*[:=]\s*["']?)[^\s"',;}]+/gi,
  /(\b(?:access_?key_?secret|sts_?token|security_?token)["']?\s*[:=]\s*["'])[^"']+/gi,
];

/** Hides signature and token values in free text (for stderr: verbose lines and error messages). */
export function redactPatterns(text: string): string {
  return PATTERNS.reduce((out, re) => out.replace(re, `$1${HIDDEN}`), text);
}

/** The secrets in play for one run; the output streams consult it on every write. */
export class SecretRegistry {
  readonly #values = new Set<string>();

  /** Hides `value` from every later write (ignored when empty or undefined). */
  add(value: string | undefined): void {
    if (value) this.#values.add(value);
  }

  /** `text` with every registered secret hidden. */
  hide(text: string): string {
    return this.#values.size === 0 ? text : hideSecrets(text, [...this.#values]);
  }
}
