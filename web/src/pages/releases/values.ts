/** Form values of a release and what a save sends (pure, tested beside). */

export type ReleaseStatus = 'planned' | 'in_progress' | 'released' | 'cancelled';

export const RELEASE_STATUS_LABEL: Record<ReleaseStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  released: 'Released',
  cancelled: 'Cancelled',
};
export const RELEASE_STATUS_COLOR: Record<ReleaseStatus, string> = {
  planned: 'blue',
  in_progress: 'orange',
  released: 'teal',
  cancelled: 'gray',
};

/** The server's limits (core/enums.ts LIMITS, releases/routes.ts capacity). */
export const CAPACITY_MAX = 1_000_000;

type ReleaseLike = {
  id: string;
  productId: string | null;
  name: string;
  description: string;
  targetDate: string | null;
  status: ReleaseStatus;
  capacity: number | null;
  allowedTransitions: ReleaseStatus[];
};

export type ReleaseValues = {
  name: string;
  productId: string | null;
  description: string;
  targetDate: string | null;
  /** Empty while the field is blank (no capacity set). */
  capacity: number | string;
  status: ReleaseStatus;
};

export function releaseValues(r?: ReleaseLike): ReleaseValues {
  return {
    name: r?.name ?? '',
    productId: r?.productId ?? null,
    description: r?.description ?? '',
    targetDate: r?.targetDate ?? null,
    capacity: r?.capacity ?? '',
    status: r?.status ?? 'planned',
  };
}

const capacityOf = (v: number | string): number | null => (v === '' ? null : Number(v));

export type ReleaseChanges = {
  name?: string;
  productId?: string | null;
  description?: string;
  targetDate?: string | null;
  capacity?: number | null;
  status?: ReleaseStatus;
};

/** On create the filled fields, on edit the changed ones (a save never undoes another's edit). */
export function releaseChanges(before: ReleaseLike | undefined, v: ReleaseValues): ReleaseChanges {
  const out: ReleaseChanges = {};
  const name = v.name.trim();
  if (name !== (before?.name ?? '')) out.name = name;
  if ((v.productId ?? null) !== (before?.productId ?? null)) out.productId = v.productId ?? null;
  if (v.description !== (before?.description ?? '')) out.description = v.description;
  if ((v.targetDate || null) !== (before?.targetDate ?? null)) out.targetDate = v.targetDate || null;
  const capacity = capacityOf(v.capacity);
  if (capacity !== (before?.capacity ?? null)) out.capacity = capacity;
  if (before && v.status !== before.status) out.status = v.status;
  return out;
}

/** The statuses the release may show in its picker: where it is, then the moves the server offers. */
export function statusOptions(r: ReleaseLike) {
  return [r.status, ...r.allowedTransitions].map((s) => ({
    value: s,
    label: s === r.status ? `${RELEASE_STATUS_LABEL[s]} (current)` : RELEASE_STATUS_LABEL[s],
  }));
}

export function capacityError(v: number | string): string | null {
  const c = capacityOf(v);
  if (c === null) return null;
  if (!Number.isFinite(c) || c < 0) return 'Capacity cannot be negative; leave it empty for no limit';
  if (c > CAPACITY_MAX) return `Capacity can be at most ${CAPACITY_MAX.toLocaleString('en')}`;
  return null;
}
