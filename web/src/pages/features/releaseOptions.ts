import dayjs from 'dayjs';

type ReleaseLike = { id: string; name: string; productId: string | null; targetDate: string | null };
type ProductLike = { id: string; name: string; parentId: string | null };

/**
 * The release picker's options, grouped by the product or line each release belongs to: the feature's own
 * product and its lines first, then releases across products, then the rest. Which releases are listed is
 * the server's decision (GET releases?forFeature=…); this only arranges them.
 */
export function releasePickerOptions(
  releases: readonly ReleaseLike[],
  products: readonly ProductLike[],
  productId: string,
) {
  const byId = new Map(products.map((p) => [p.id, p]));
  const lineage: string[] = [];
  for (
    let p = byId.get(productId);
    p && lineage.length < 100;
    p = p.parentId ? byId.get(p.parentId) : undefined
  )
    lineage.push(p.id);
  const rankOf = (id: string | null) => {
    if (id === null) return lineage.length;
    const i = lineage.indexOf(id);
    return i >= 0 ? i : lineage.length + 1;
  };
  const groups = new Map<
    string,
    { rank: number; label: string; items: { value: string; label: string }[] }
  >();
  for (const r of releases) {
    const key = r.productId ?? '';
    const group = groups.get(key) ?? {
      rank: rankOf(r.productId),
      label: r.productId ? (byId.get(r.productId)?.name ?? 'Another product') : 'Across products',
      items: [],
    };
    group.items.push({
      value: r.id,
      label: r.targetDate ? `${r.name} · ${dayjs(r.targetDate).format('D MMM YYYY')}` : r.name,
    });
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label))
    .map(({ label, items }) => ({ group: label, items }));
}
