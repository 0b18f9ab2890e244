/**
 * Tag name → id, per process. Bounded: the oldest entry goes when full (tags are few, but
 * names come from rules and must not grow memory without limit). Intercom names are
 * case-insensitive, so keys are lower-cased.
 */
export class TagIdCache {
  private readonly ids = new Map<string, string>();

  constructor(private readonly capacity = 1000) {}

  get(name: string): string | undefined {
    const key = name.toLowerCase();
    const id = this.ids.get(key);
    if (id !== undefined) {
      this.ids.delete(key); // refresh recency
      this.ids.set(key, id);
    }
    return id;
  }

  set(name: string, id: string): void {
    const key = name.toLowerCase();
    this.ids.delete(key);
    this.ids.set(key, id);
    while (this.ids.size > this.capacity) {
      const oldest = this.ids.keys().next();
      if (oldest.done) break;
      this.ids.delete(oldest.value);
    }
  }

  get size(): number {
    return this.ids.size;
  }
}
