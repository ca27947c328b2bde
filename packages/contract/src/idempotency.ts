// ClientToken semantics (family reference §11): the same token with the same parameters gets the first
// answer again (same ID, HTTP 200, nothing new), the same token with other parameters
// `IdempotentParameterMismatch`. Tokens are remembered per region and action (the real scope is undocumented,
// §13 Q15), case-sensitively, and boundedly: the oldest are forgotten first.

/** What is remembered of a token: the request it came with, and the answer (without RequestId). */
export interface TokenEntry {
  fingerprint: string;
  body: Record<string, unknown>;
}

/** Tokens kept per region and action before the oldest are forgotten. */
export const MAX_TOKENS = 10_000;

/**
 * The request's parameters as one canonical text: every parameter but the token, object keys sorted at every
 * level (the order of query parameters does not matter), list items kept in their order (`Tag.1` and
 * `Tag.2` are different parameters).
 */
export function requestFingerprint(input: Readonly<Record<string, unknown>>, tokenName: string): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (typeof v !== 'object' || v === null) return v;
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, canonical(o[k])]));
  };
  const { [tokenName]: _token, ...rest } = input;
  return JSON.stringify(canonical(rest));
}

/** The tokens the emulator remembers, by region and action. */
export class TokenMemory {
  private readonly scopes = new Map<string, Map<string, TokenEntry>>();

  constructor(private readonly max = MAX_TOKENS) {}

  /** The entry of `token` for `action` in `region`, if remembered. */
  get(region: string, action: string, token: string): TokenEntry | undefined {
    return this.scopes.get(`${region}/${action}`)?.get(token);
  }

  /** Remembers `token`; past the bound, the oldest token of that region and action is forgotten. */
  set(region: string, action: string, token: string, entry: TokenEntry): void {
    const key = `${region}/${action}`;
    let scope = this.scopes.get(key);
    if (!scope) this.scopes.set(key, (scope = new Map()));
    scope.delete(token);
    scope.set(token, entry);
    while (scope.size > this.max) scope.delete(scope.keys().next().value!);
  }

  /** Every remembered token, oldest first per scope (for saving the state). */
  entries(): Array<[region: string, action: string, token: string, entry: TokenEntry]> {
    return [...this.scopes].flatMap(([key, scope]) => {
      const [region, action] = key.split('/') as [string, string];
      return [...scope].map(([token, entry]) => [region, action, token, entry] as [string, string, string, TokenEntry]);
    });
  }
}
