import { FEATURE_STATUS_LABEL, type FeatureStatus } from '../../app/labels';

/** Whether a status move is one the workflow allows, and if not, what to tell the person. */
export function checkMove(
  from: FeatureStatus,
  to: FeatureStatus,
  allowed: readonly FeatureStatus[],
): { ok: true } | { ok: false; message: string } {
  if (from === to || allowed.includes(to)) return { ok: true };
  const name = (s: FeatureStatus) => FEATURE_STATUS_LABEL[s];
  const options = allowed.map(name);
  const list =
    options.length === 0
      ? `${name(from)} is final: it can't move anywhere.`
      : `From ${name(from)} a feature can move to ${options.length === 1 ? options[0] : `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`}.`;
  return { ok: false, message: `${name(from)} → ${name(to)} isn't allowed. ${list}` };
}

export type Rect = { id: string; left: number; top: number; width: number; height: number };
export type Direction = 'left' | 'right' | 'up' | 'down';

const center = (r: Rect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
const gap = (v: number, from: number, size: number) =>
  v < from ? from - v : v > from + size ? v - from - size : 0;
const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi));

/**
 * For keyboard dragging: the drop target next to the current one in a direction (arrow keys jump
 * between columns and sections instead of creeping by pixels), and the point to move the card to.
 * Null when there is none that way. Columns differ in height, so "beside" means overlapping rows.
 */
export function nextTarget(
  from: { x: number; y: number },
  direction: Direction,
  targets: Rect[],
): (Rect & { point: { x: number; y: number } }) | null {
  const horizontal = direction === 'left' || direction === 'right';
  let best: { rect: Rect; cost: number } | null = null;
  for (const rect of targets) {
    const c = center(rect);
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = direction === 'left' ? -dx : direction === 'right' ? dx : direction === 'up' ? -dy : dy;
    if (along <= 1) continue;
    const across = horizontal ? gap(from.y, rect.top, rect.height) : gap(from.x, rect.left, rect.width);
    // Vertically, the next zone is the one whose top is nearest, not whose centre is.
    const distance = horizontal ? along : Math.abs(rect.top - from.y);
    if (!horizontal && rect.top <= from.y && direction === 'down') continue;
    const cost = distance + across * 4;
    if (!best || cost < best.cost) best = { rect, cost };
  }
  if (!best) return null;
  const r = best.rect;
  const inset = Math.min(24, r.height / 2);
  const point = horizontal
    ? { x: center(r).x, y: clamp(from.y, r.top + inset, r.top + r.height - inset) }
    : { x: center(r).x, y: r.top + inset };
  return { ...r, point };
}

/** Items with a local override applied (an optimistic move waiting for the server). */
export function withMoves<T extends { id: string }, K>(
  items: T[],
  keyOf: (item: T) => K,
  moves: ReadonlyMap<string, K>,
): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const key = moves.has(item.id) ? moves.get(item.id)! : keyOf(item);
    const list = out.get(key) ?? [];
    list.push(item);
    out.set(key, list);
  }
  return out;
}
