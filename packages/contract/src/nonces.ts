// Replay protection: remembers signature nonces for as long as their timestamp is acceptable, in bounded memory.

/**
 * A set of recently used nonces. Entries expire once their request time has left the acceptance window
 * (a replay after that fails the timestamp check anyway). When `max` live entries are held, the oldest is
 * forgotten first: memory stays bounded under a flood, at the cost of accepting a replay of a nonce that old
 * within the window. `max` defaults to 100,000 (a few MB).
 */
export class NonceStore {
  // Insertion-ordered map: the first entry is the oldest, so pruning is O(expired).
  #seen = new Map<string, number>();
  readonly #max: number;
  readonly #windowMs: number;

  constructor(options: { max?: number; windowMs: number }) {
    this.#max = Math.max(1, options.max ?? 100_000);
    this.#windowMs = options.windowMs;
  }

  /** Records `nonce` for `accessKeyId` at `nowMs`; returns false when it was already used. */
  use(accessKeyId: string, nonce: string, nowMs: number): boolean {
    this.#prune(nowMs);
    const key = `${accessKeyId}\u0000${nonce}`;
    if (this.#seen.has(key)) return false;
    this.#seen.set(key, nowMs);
    while (this.#seen.size > this.#max) this.#seen.delete(this.#seen.keys().next().value as string);
    return true;
  }

  /** How many nonces are remembered. */
  get size(): number {
    return this.#seen.size;
  }

  clear(): void {
    this.#seen.clear();
  }

  #prune(nowMs: number): void {
    // A request may be up to one window in the future, so keep nonces two windows long.
    const cutoff = nowMs - 2 * this.#windowMs;
    for (const [key, at] of this.#seen) {
      if (at >= cutoff) break;
      this.#seen.delete(key);
    }
  }
}
