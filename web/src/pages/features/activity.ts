import { FEATURE_STATUS_LABEL, type FeatureStatus } from '../../app/labels';

/** Field names as people read them in the history. */
const FIELD_LABEL: Record<string, string> = {
  asA: 'As a',
  iWant: 'I want',
  soThat: 'So that',
  acceptanceCriteria: 'Acceptance criteria',
  releaseId: 'Release',
  personaId: 'Persona',
  ownerId: 'Owner',
  productId: 'Product',
  scoreInputs: 'Score inputs',
  score: 'Score',
  effort: 'Effort',
  status: 'Status',
  title: 'Title',
  description: 'Description',
};

export const fieldLabel = (key: string) =>
  FIELD_LABEL[key] ??
  key
    .replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b.toLowerCase()}`)
    .replace(/^./, (c) => c.toUpperCase());

export type Names = (field: string, id: string) => string | undefined;

/** One before or after value, short enough for a line of history. */
export function formatValue(field: string, value: unknown, names?: Names): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'status' && typeof value === 'string' && value in FEATURE_STATUS_LABEL)
    return FEATURE_STATUS_LABEL[value as FeatureStatus];
  if (typeof value === 'string') {
    const named = names?.(field, value);
    if (named) return named;
    // Mentions read as @Name, not as the token the picker inserts.
    const text = value.replace(/@\[([^\]]+)\]\([0-9a-fA-F-]{8,}\)/g, '@$1');
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value.length ? value.map((v) => formatValue(field, v, names)).join('; ') : '—';
  const record = value as Record<string, unknown>;
  // A comment reads as what it says.
  if (typeof record.body === 'string') return `“${formatValue('body', record.body)}”`;
  const entries = Object.entries(record).filter(([k, v]) => v !== undefined && k !== 'id');
  return entries.length ? entries.map(([k, v]) => `${k} ${formatValue(k, v, names)}`).join(', ') : '—';
}

/** "created", "status_changed" → "created", "changed status". */
export function actionLabel(action: string): string {
  const known: Record<string, string> = {
    created: 'created the feature',
    updated: 'edited',
    deleted: 'deleted',
    status_changed: 'changed the status',
    feedback_linked: 'linked feedback',
    feedback_unlinked: 'unlinked feedback',
    commented: 'commented',
  };
  return known[action] ?? action.replace(/_/g, ' ');
}
