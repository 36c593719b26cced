import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import type { WsCtx } from '../../core/context.ts';
import { invalid } from '../../core/errors.ts';
import { assertCan } from '../../policies/ownership.ts';
import { assertMetricOwner, metricRow, upsertValues, type Value } from './metrics.ts';
import { METRIC_KIND_INFO } from './kinds.ts';

/** Columns of a values CSV (header names case-insensitive): the day and the value, as a CRM exports them. */
export const VALUE_COLUMNS = ['date', 'value'] as const;
type Column = (typeof VALUE_COLUMNS)[number];
export const VALUES_MAX_ROWS = 5_000;

export type ValuesImportReport = {
  imported: number;
  rejected: { row: number; errors: { column: Column; message: string }[]; values: Record<string, string> }[];
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (s: string) => {
  const t = Date.parse(`${s}T00:00:00Z`);
  return DAY.test(s) && Number.isFinite(t) && new Date(t).toISOString().startsWith(s);
};
/** "1,234.5", "$ 1200", "12 %" all read as numbers: CRM exports format them. */
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Imports a manual metric's values from CSV text (`date,value`): valid rows are written (a day already there
 * takes the new value), invalid ones reported by row (counted from 1 after the header) and skipped, as the
 * feedback import does. A text that is not CSV or lacks the columns is refused as a whole (422 naming `csv`).
 */
export async function importValuesCsv(
  ctx: WsCtx,
  id: string,
  csvText: string,
  options: { dryRun?: boolean } = {},
): Promise<ValuesImportReport> {
  assertCan(ctx.role, 'metric', 'update');
  const m = await metricRow(ctx, id);
  assertMetricOwner(ctx, m.ownerRole, 'update');
  if (m.kind !== 'manual')
    throw invalid(
      `${m.name} is computed by Tandem (${METRIC_KIND_INFO[m.kind].label}): it takes no values.`,
      [{ path: 'csv', message: 'Only manual metrics take values' }],
    );
  let header: string[] = [];
  let records: Record<string, string>[];
  try {
    records = parse(csvText, {
      bom: true,
      columns: (h: string[]) => (header = h.map((c) => c.trim().toLowerCase())),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as Record<string, string>[];
  } catch (err) {
    if (err instanceof CsvError)
      throw invalid(`The CSV cannot be read: ${err.message}`, [{ path: 'csv', message: err.message }]);
    throw err;
  }
  if (!VALUE_COLUMNS.every((c) => header.includes(c)))
    throw invalid('The CSV header must have the columns "date" and "value".', [
      { path: 'csv', message: 'Bad header' },
    ]);
  if (records.length > VALUES_MAX_ROWS)
    throw invalid(`At most ${VALUES_MAX_ROWS} rows per import`, [{ path: 'csv', message: 'Too many rows' }]);
  const rejected: ValuesImportReport['rejected'] = [];
  const valid = new Map<string, Value>();
  records.forEach((rec, i) => {
    const errors: { column: Column; message: string }[] = [];
    const day = (rec.date ?? '').trim();
    const raw = (rec.value ?? '').replace(/[\s,$€£%]/g, '');
    if (!validDay(day)) errors.push({ column: 'date', message: 'Use a day as YYYY-MM-DD.' });
    else if (valid.has(day)) errors.push({ column: 'date', message: `${day} is in the file twice.` });
    if (!NUMBER.test(raw) || !Number.isFinite(Number(raw)))
      errors.push({ column: 'value', message: 'Use a number (e.g. 1250 or 98.5).' });
    if (errors.length) rejected.push({ row: i + 1, errors, values: rec });
    else valid.set(day, { on: day, value: Number(raw) });
  });
  if (!options.dryRun) await upsertValues(ctx, id, [...valid.values()], 'imported');
  return { imported: valid.size, rejected };
}
