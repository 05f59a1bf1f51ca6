export interface TreeNode<T> {
  item: T;
  children: TreeNode<T>[];
}

/** Items with a `parent` slug as a forest, keeping their order. */
export function buildTree<T extends { slug: string; parent: string | null }>(items: T[]): TreeNode<T>[] {
  const nodes = new Map(items.map((item) => [item.slug, { item, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.item.parent ? nodes.get(node.item.parent) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}
