/**
 * Warnings that a page or a misbehaving sender could trigger thousands of times are
 * logged once per key and context: enough to debug, never a flood in the console.
 */
const alreadyLogged = new Set<string>();

export function warnOnce(key: string, ...details: unknown[]): void {
  if (alreadyLogged.has(key)) return;
  alreadyLogged.add(key);
  console.warn(`Parallax: ${key}`, ...details);
}
