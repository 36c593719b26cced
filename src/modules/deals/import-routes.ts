import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { errorResponses, WsParams } from '../../http/schemas.ts';
import { DEAL_IMPORT_COLUMNS, DEAL_IMPORT_MAX_ROWS, importDealsCsv } from './import.ts';

/** Largest CSV text accepted by the import route, in characters (as the feedback import). */
const CSV_MAX = 5_000_000;

const ImportBody = z.strictObject({
  csv: z.string().min(1).max(CSV_MAX).describe('The CSV text, header row first'),
  dryRun: z.boolean().optional().describe('Check every row and report, without writing anything'),
});
const Column = z.enum(DEAL_IMPORT_COLUMNS);
const ImportReport = z.object({
  imported: z.number().int().describe('Rows created or updated (with dryRun: that would be)'),
  created: z.number().int(),
  updated: z.number().int().describe('Rows whose external id named a deal here, which they changed'),
  unchanged: z.number().int().describe('Rows whose external id named a deal holding the same values'),
  columns: z.array(Column).describe("The file's header as read"),
  rejected: z.array(
    z.object({
      row: z.number().int().describe('Data row, counted from 1 after the header (blank lines not counted)'),
      errors: z.array(z.object({ column: Column, message: z.string() })),
      values: z.record(z.string(), z.string()).describe('The row as read, by column'),
    }),
  ),
  replayed: z
    .boolean()
    .describe(
      'True when this answers a retry of an import already done (same key or same file); nothing was written',
    ),
});
const ImportHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .trim()
    .min(1)
    .max(255)
    .optional()
    .describe(
      'One key per upload (e.g. per file chosen): a retry with the same key answers the first result. Without it, the same file within 24 hours is a retry',
    ),
});

export const dealImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/workspaces/:workspaceId/deals/import',
    {
      config: { access: { artefact: 'deal', action: 'create' } },
      bodyLimit: CSV_MAX * 2,
      schema: {
        tags: ['deals'],
        summary: `Import deals from CSV (columns: ${DEAL_IMPORT_COLUMNS.join(', ')}; at most ${DEAL_IMPORT_MAX_ROWS} rows); valid rows are imported, the others reported; a row with a known external id updates that deal; a retry (same Idempotency-Key, or the same file within 24 hours) answers the first result and writes nothing`,
        params: WsParams,
        headers: ImportHeaders,
        body: ImportBody,
        response: { 200: ImportReport, ...errorResponses },
      },
    },
    async (req) =>
      inTransaction(req.wsCtx, (tx) =>
        importDealsCsv(tx, req.body.csv, {
          dryRun: req.body.dryRun,
          idempotencyKey: req.headers['idempotency-key'],
        }),
      ),
  );
};
