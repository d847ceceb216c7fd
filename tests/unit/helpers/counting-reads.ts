/** An array that counts how often its items are read: states how work grows, without timing it. */
export function countingReads<T>(items: readonly T[]): { array: T[]; reads: () => number } {
  let reads = 0;
  const array = new Proxy([...items], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { array, reads: () => reads };
}
