import dayjs from 'dayjs';
import { fieldLabel as pathLabel } from '../api/client';
import { KIND_LABEL } from '../pages/features/explain';

/**
 * How the conflict dialog shows a change: field labels, names for ids, money, dates and value sets as the
 * rest of the app shows them, never raw ids, JSON or US timestamps.
 */

/** Bookkeeping fields nobody edits: not shown. */
const HIDDEN = new Set(['id', 'workspaceId', 'version', 'createdAt', 'updatedAt']);

/**
 * The changes worth showing of an activity entry or a save: bookkeeping left out, and so are fields whose
 * before and after read the same (an empty list replacing nothing).
 */
export function shownChanges<C extends { before: unknown; after: unknown }>(changes: Record<string, C>) {
  return Object.entries(changes).filter(
    ([field, c]) =>
      !HIDDEN.has(field) && formatConflictValue(field, c.before) !== formatConflictValue(field, c.after),
  );
}

/** The fields of a save worth showing. */
export const shownFields = (values: Record<string, unknown>) =>
  Object.entries(values).filter(([field]) => !HIDDEN.has(field));

/** The lists ids are named from (app/lookups.ts). */
export type NameKind = 'product' | 'release' | 'persona' | 'member' | 'customer' | 'program';

const KIND_BY_FIELD: Record<string, NameKind> = {
  productId: 'product',
  productIds: 'product',
  parentId: 'product',
  releaseId: 'release',
  personaId: 'persona',
  personaIds: 'persona',
  ownerId: 'member',
  assigneeId: 'member',
  createdBy: 'member',
  reviewedBy: 'member',
  userId: 'member',
  customerId: 'customer',
  programId: 'program',
};

const LABELS: Record<string, string> = {
  asA: 'As a',
  iWant: 'I want',
  soThat: 'So that',
  parentId: 'Product line',
  ownerId: 'Owner',
  assigneeId: 'Assignee',
  plannedBudget: 'Planned budget',
  plannedSpend: 'Planned spend',
  actualSpend: 'Actual spend',
  scoreInputs: 'Score inputs',
  utmSource: 'utm_source',
  utmMedium: 'utm_medium',
  utmCampaign: 'utm_campaign',
  landingUrl: 'Landing page URL',
};

/** "releaseId" → "Release", "plannedBudget" → "Planned budget". */
export const conflictFieldLabel = (field: string) => LABELS[field] ?? pathLabel(field);

/** Which list names the ids of a field, if any. */
export const nameKindOf = (field: string): NameKind | undefined => KIND_BY_FIELD[field];

/** An id nobody can name here: a field ending in Id/Ids that no lookup list covers. */
const isIdField = (field: string) => /(^id|Id|Ids|By)$/.test(field);

const MONEY = /(budget|spend|revenue|amount|price|cost|planned)$/i;
const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Values the app names otherwise than in words ("ice" is "ICE"), by field. */
const VALUE_LABELS: Record<string, Record<string, string>> = { kind: KIND_LABEL };

/** "in_progress" → "In progress": value sets read as words, as the app's badges show them. */
export const enumLabel = (value: string, field = '') => {
  const known = VALUE_LABELS[field]?.[value];
  if (known) return known;
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A timestamp as the app shows one: "3 Mar 2027, 14:05" in the reader's time zone. */
export const formatWhen = (iso: string) => dayjs(iso).format('D MMM YYYY, HH:mm');

/**
 * One value of a field, for reading; `name` resolves an id of a named kind (undefined while lists load or for
 * an id not in them).
 */
export function formatConflictValue(
  field: string,
  value: unknown,
  name: (kind: NameKind, id: string) => string | undefined = () => undefined,
): string {
  if (value === null || value === undefined || value === '') return '—';
  const kind = nameKindOf(field);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (!kind && isIdField(field)) return value.length === 1 ? '1 item' : `${value.length} items`;
    return value.map((v) => formatConflictValue(field, v, name)).join(', ');
  }
  if (typeof value === 'string') {
    if (kind) return name(kind, value) ?? 'Someone or something no longer listed';
    if (isIdField(field)) return 'Another item';
    if (DATE.test(value)) return dayjs(value).format('D MMM YYYY');
    if (TIMESTAMP.test(value)) return formatWhen(value);
    if (
      /^[a-z]+(_[a-z]+)*$/.test(value) &&
      /(status|kind|tier|role|visibility|channel|stage|priority|segment|source|sentiment|importance)$/i.test(
        field,
      )
    )
      return enumLabel(value, field);
    const text = value.replace(/@\[([^\]]+)\]\([0-9a-fA-F-]{8,}\)/g, '@$1');
    return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  }
  if (typeof value === 'number')
    return MONEY.test(field) ? money.format(value) : value.toLocaleString('en-US');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([k, v]) => v !== undefined && v !== null && k !== 'id',
  );
  if (entries.length === 0) return '—';
  return entries.map(([k, v]) => `${conflictFieldLabel(k)} ${formatConflictValue(k, v, name)}`).join(', ');
}
