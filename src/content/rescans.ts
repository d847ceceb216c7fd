/** A part of the page to read again: a block's own text (shallow), or a whole subtree (deep). */
export interface Rescan {
  root: Node;
  deep: boolean;
}

/**
 * The node a deep read of the page reaches this one through: its parent, a shadow
 * root's host, or a frame document's frame element (a deep read walks into all three).
 */
export function containerOf(node: Node): Node | null {
  return node.parentNode ?? (node as Partial<ShadowRoot>).host ?? (node as Partial<Document>).defaultView?.frameElement ?? null;
}

/** Whether `node` is one of `roots` or lies under one of them. */
export function isUnder(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let current: Node | null = node; current; current = containerOf(current)) if (roots.has(current)) return true;
  return false;
}

/**
 * The fewest reads that cover every change: a deep read covers everything under its
 * root, and a root asked for twice is read once, as deeply as any request wanted.
 * Linear in the requests times the depth of the page: a mutation storm asks for
 * thousands.
 */
export function minimalRescans(rescans: readonly Rescan[]): Rescan[] {
  const deepByRoot = new Map<Node, boolean>();
  for (const { root, deep } of rescans) deepByRoot.set(root, deep || deepByRoot.get(root) === true);
  const deepRoots = new Set([...deepByRoot].flatMap(([root, deep]) => (deep ? [root] : [])));
  const result: Rescan[] = [];
  for (const [root, deep] of deepByRoot) {
    const parent = containerOf(root);
    if (!parent || !isUnder(parent, deepRoots)) result.push({ root, deep });
  }
  return result;
}
