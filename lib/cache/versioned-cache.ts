/**
 * Values computed from the database, kept while the database's change version stays the same:
 * the first read under a new version drops everything older. Least recently used entries go
 * first once `maxBytes` is reached; concurrent misses of one key compute it once.
 */
export class VersionedCache<T> {
  private version: number | null = null;
  private readonly entries = new Map<string, { value: T; bytes: number }>();
  private readonly pending = new Map<string, Promise<T>>();
  private bytes = 0;

  constructor(private readonly options: { maxBytes: number; sizeOf: (value: T) => number }) {}

  async get(key: string, version: number, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      if (this.version !== null && version < this.version) return compute();
      this.version = version;
      this.entries.clear();
      this.pending.clear();
      this.bytes = 0;
    }
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const waiting = this.pending.get(key);
    if (waiting) return waiting;
    const computing: Promise<T> = compute().finally(() => {
      if (this.pending.get(key) === computing) this.pending.delete(key);
    });
    this.pending.set(key, computing);
    const value = await computing;
    if (this.version === version) this.store(key, value);
    return value;
  }

  private store(key: string, value: T) {
    const bytes = this.options.sizeOf(value);
    if (bytes > this.options.maxBytes / 4) return;
    this.entries.set(key, { value, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  /** Entries and bytes held, for tests and logs. */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}
