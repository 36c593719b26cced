import type { paths } from '../../api/client';

/** The answer of the feedback CSV import, as the server types it. */
export type ImportReport =
  paths['/api/v1/workspaces/{workspaceId}/feedback/import']['post']['responses']['200']['content']['application/json'];
export type ImportColumn = ImportReport['columns'][number];

/**
 * What each column of a feedback CSV holds. Keyed by the server's value set, so a column added there fails
 * the type check here until it is explained.
 */
export const COLUMN_HELP: Record<ImportColumn, string> = {
  text: 'Required. What the customer said.',
  title: 'A short title (at most 200 characters).',
  source: 'sales_call, support, survey, portal, email, api or other (other when empty).',
  sentiment: 'positive, neutral or negative.',
  tags: 'Tags separated by ; or |.',
  customer: "The customer's external id or exact name; it must exist in Tandem.",
  contact_email: 'The email of one of that customer’s contacts (brings the customer when alone).',
  product: 'The exact name of a product.',
  persona: 'The exact name of a buyer persona.',
  created_at: 'When it was said: 2026-03-01 or 2026-03-01T09:30:00Z (now when empty).',
};

/**
 * Largest CSV the import route takes, in characters (CSV_MAX in src/modules/feedback/batch-routes.ts):
 * checked here only to spare the upload; the server decides.
 */
export const CSV_MAX_CHARS = 5_000_000;
export const CSV_MAX_ROWS = 10_000;

/** One field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A CSV document: the header, then one line per row (CRLF, as RFC 4180 and spreadsheets expect). */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string | undefined>[]) {
  const line = (cells: string[]) => cells.map(csvField).join(',');
  return [line([...columns]), ...rows.map((r) => line(columns.map((c) => r[c] ?? '')))].join('\r\n') + '\r\n';
}

/** The rejected rows of an import as a CSV with the file's own header: fix them and import this file again. */
/** What every CSV import reports of the rows it refused (feedback, deals): where, why, and the row as sent. */
export type RejectedReport = {
  columns: readonly string[];
  rejected: readonly {
    row: number;
    errors: readonly { column: string; message: string }[];
    values: Record<string, string | undefined>;
  }[];
};

export const rejectedRowsCsv = (report: RejectedReport) =>
  toCsv(
    report.columns,
    report.rejected.map((r) => r.values),
  );

/** A file to start from: the header and two example rows. */
export const SAMPLE_CSV = toCsv(
  ['text', 'title', 'source', 'sentiment', 'tags', 'created_at'],
  [
    {
      text: 'We need SSO with Okta before the security review, or we cannot roll out to all teams.',
      title: 'Okta SSO',
      source: 'sales_call',
      sentiment: 'negative',
      tags: 'security;sso',
      created_at: '2026-03-01',
    },
    {
      text: 'The weekly export is great, but we would like it as CSV too.',
      title: 'CSV export',
      source: 'support',
      sentiment: 'positive',
      tags: 'export',
      created_at: '',
    },
  ],
);
