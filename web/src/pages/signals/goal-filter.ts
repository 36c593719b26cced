import type { Goal } from './queries';

export type FilterKind = 'text' | 'number' | 'boolean';
/** One row of the filter editor: a property, its value as typed, and how to read the value. */
export type FilterRow = { key: string; value: string; kind: FilterKind };

/** The server's filter as editor rows. */
export const rowsOf = (filter: Goal['filter']): FilterRow[] =>
  Object.entries(filter).map(([key, v]) => ({
    key,
    value: String(v),
    kind: typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'text',
  }));

/** A row's problem, said on its field, or null. */
export function rowProblem(
  row: FilterRow,
  rows: FilterRow[],
): { field: 'key' | 'value'; message: string } | null {
  const key = row.key.trim();
  if (!key) return { field: 'key', message: 'Name the property' };
  if (key.length > 100) return { field: 'key', message: 'Use at most 100 characters' };
  if (rows.filter((r) => r.key.trim() === key).length > 1) return { field: 'key', message: 'Listed twice' };
  if (row.kind === 'number' && (row.value.trim() === '' || !Number.isFinite(Number(row.value))))
    return { field: 'value', message: 'Enter a number' };
  if (row.kind === 'boolean' && row.value !== 'true' && row.value !== 'false')
    return { field: 'value', message: 'Choose yes or no' };
  if (row.kind === 'text' && row.value.length > 500)
    return { field: 'value', message: 'Use at most 500 characters' };
  return null;
}

/** The editor rows as the filter the server stores (numbers and yes/no as JSON values, not text). */
export function filterOf(rows: FilterRow[]): Goal['filter'] {
  const out: Goal['filter'] = {};
  for (const r of rows) {
    const key = r.key.trim();
    out[key] = r.kind === 'number' ? Number(r.value) : r.kind === 'boolean' ? r.value === 'true' : r.value;
  }
  return out;
}
