/** Form values of products and product lines, and what a save sends (pure, tested beside). */

/** The server's limits (core/enums.ts LIMITS.name, LIMITS.longText). */
export const NAME_MAX = 200;
export const TEXT_MAX = 20_000;

type ProductLike = {
  id: string;
  parentId: string | null;
  name: string;
  description: string;
  vision: string;
  function: string;
  targetDemographic: string;
  value: string;
};

export type ProductValues = Omit<ProductLike, 'id'>;

const TEXT_FIELDS = ['description', 'vision', 'function', 'targetDemographic', 'value'] as const;

export function productValues(p?: ProductLike): ProductValues {
  return {
    parentId: p?.parentId ?? null,
    name: p?.name ?? '',
    description: p?.description ?? '',
    vision: p?.vision ?? '',
    function: p?.function ?? '',
    targetDemographic: p?.targetDemographic ?? '',
    value: p?.value ?? '',
  };
}

/** The fields to send: on create the filled ones, on edit the changed ones (so a save never undoes another's edit). */
export function productChanges(before: ProductLike | undefined, v: ProductValues): Partial<ProductValues> {
  const out: Partial<ProductValues> = {};
  const name = v.name.trim();
  if (before && name !== before.name) out.name = name;
  if ((v.parentId ?? null) !== (before?.parentId ?? null)) out.parentId = v.parentId ?? null;
  for (const k of TEXT_FIELDS) if (v[k] !== (before?.[k] ?? '')) out[k] = v[k];
  return out;
}

/**
 * Product lines a product may be put in: top-level products, never the product itself (the server refuses
 * a product inside itself).
 */
export function lineOptions(all: readonly ProductLike[], selfId?: string) {
  return all
    .filter((p) => p.parentId === null && p.id !== selfId)
    .map((p) => ({ value: p.id, label: p.name }));
}

/** Product lines (top level) each followed by every product under it, for lists and grouped pickers. */
export function productTree<T extends ProductLike>(all: readonly T[]): { line: T; products: T[] }[] {
  const byName = (a: T, b: T) => a.name.localeCompare(b.name);
  const byId = new Map(all.map((p) => [p.id, p]));
  // The top of a product's chain; a product whose line is not loaded is shown at the top rather than lost.
  const rootOf = (p: T) => {
    let current = p;
    for (let depth = 0; current.parentId && byId.has(current.parentId) && depth < 100; depth++)
      current = byId.get(current.parentId)!;
    return current;
  };
  const top = all.filter((p) => rootOf(p) === p).sort(byName);
  return top.map((line) => ({
    line,
    products: all.filter((p) => p !== line && rootOf(p) === line).sort(byName),
  }));
}

/**
 * Select options grouped by product line (the line itself first, then its products); products with no line
 * and lines without products yet come last, ungrouped when there is no line at all.
 */
export function groupedProductOptions(all: readonly ProductLike[]) {
  const tree = productTree(all);
  const option = (p: ProductLike) => ({ value: p.id, label: p.name });
  const single = tree.filter((t) => t.products.length === 0).map((t) => option(t.line));
  const lines = tree.filter((t) => t.products.length > 0);
  if (lines.length === 0) return single;
  return [
    ...lines.map(({ line, products }) => ({
      group: line.name,
      items: [{ value: line.id, label: `${line.name} (whole line)` }, ...products.map(option)],
    })),
    ...(single.length ? [{ group: 'Other', items: single }] : []),
  ];
}
