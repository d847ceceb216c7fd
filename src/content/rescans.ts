/** A part of the page to read again: a block's own text (shallow), or a whole subtree (deep). */
export interface Rescan {
  root: Node;
  deep: boolean;
}

/**
 * The fewest reads that cover every change: a deep read covers everything under its
 * root, and a root asked for twice is read once, as deeply as any request wanted.
 */
export function minimalRescans(rescans: readonly Rescan[]): Rescan[] {
  const deepRoots = rescans.filter((rescan) => rescan.deep).map((rescan) => rescan.root);
  const byRoot = new Map<Node, Rescan>();
  for (const rescan of rescans) {
    if (deepRoots.some((root) => root !== rescan.root && root.contains(rescan.root))) continue;
    const earlier = byRoot.get(rescan.root);
    if (!earlier || (rescan.deep && !earlier.deep)) byRoot.set(rescan.root, rescan);
  }
  return [...byRoot.values()];
}
