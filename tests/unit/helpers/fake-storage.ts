/**
 * An extension storage area in memory, as `browser.storage.*` behaves: values are copied
 * in and out as JSON, and a write that would take the area past `quotaBytes` (keys and
 * JSON values, as Chromium counts them) is refused and changes nothing.
 */
export class FakeStorageArea {
  readonly items = new Map<string, string>();
  writes = 0;

  constructor(public quotaBytes = Infinity) {}

  private bytesWith(changes: Record<string, unknown>): number {
    const merged = new Map(this.items);
    for (const [key, value] of Object.entries(changes)) merged.set(key, JSON.stringify(value));
    let bytes = 0;
    for (const [key, json] of merged) bytes += key.length + json.length;
    return bytes;
  }

  get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const result: Record<string, unknown> = {};
    for (const key of wanted) {
      const json = this.items.get(key);
      if (json !== undefined) result[key] = JSON.parse(json) as unknown;
    }
    return Promise.resolve(result);
  }

  set(changes: Record<string, unknown>): Promise<void> {
    if (this.bytesWith(changes) > this.quotaBytes) return Promise.reject(new Error('Session storage quota bytes exceeded. Values were not stored.'));
    this.writes += 1;
    for (const [key, value] of Object.entries(changes)) this.items.set(key, JSON.stringify(value));
    return Promise.resolve();
  }

  remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
    return Promise.resolve();
  }
}
