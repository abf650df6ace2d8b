/**
 * A memo bounded by what it holds rather than by its number of entries: each entry weighs its
 * key's length plus `weigh(value)`, and the oldest entries go first once the total would pass
 * `capacity`. A value heavier than the whole capacity is simply not kept.
 */
export class SizedMemo<V> {
  private readonly entries = new Map<string, { value: V; weight: number }>();
  private held = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    return this.entries.get(key)?.value;
  }

  set(key: string, value: V): V {
    const weight = key.length + this.weigh(value);
    if (weight > this.capacity) return value;
    this.delete(key);
    for (const [oldest] of this.entries) {
      if (this.held + weight <= this.capacity) break;
      this.delete(oldest);
    }
    this.entries.set(key, { value, weight });
    this.held += weight;
    return value;
  }

  /** What the memo holds now, in the unit of `capacity`. */
  get weight(): number {
    return this.held;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.held -= entry.weight;
  }
}
