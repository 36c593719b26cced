import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import { errorResponses, Uuid, WsParams } from '../../http/schemas.ts';
import { BULK_ACTIONS, bulkFeedback } from './bulk.ts';
import { FeedbackItem, Tags } from './http-schemas.ts';
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, importFeedbackCsv } from './import.ts';

/** Largest CSV text accepted by the import route, in characters. */
const CSV_MAX = 5_000_000;

const BulkBody = z.strictObject({
  ids: z.array(Uuid).min(1).max(500),
  action: z.enum(BULK_ACTIONS),
  tags: Tags.optional().describe('For tag and untag'),
  productId: Uuid.nullable().optional().describe('For set_product (null clears it)'),
  personaId: Uuid.nullable()
    .optional()
    .describe('For set_persona: the buyer persona it speaks for (null clears it)'),
});

const ImportBody = z.strictObject({
  csv: z.string().min(1).max(CSV_MAX),
  dryRun: z.boolean().optional().describe('Check every row and report, without writing anything'),
});
const Column = z.enum(IMPORT_COLUMNS);
const ImportReport = z.object({
  imported: z.number().int().describe('Rows imported (with dryRun: rows that would be)'),
  columns: z.array(Column).describe("The file's header as read (trimmed, lower case)"),
  rejected: z.array(
    z.object({
      row: z.number().int().describe('Data row, counted from 1 after the header (blank lines not counted)'),
      errors: z.array(z.object({ column: Column, message: z.string() })),
      values: z
        .record(z.string(), z.string())
        .describe('The row as read, by column, to be fixed and imported again'),
    }),
  ),
});

export const feedbackBatchRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['feedback'];
  const base = '/api/v1/workspaces/:workspaceId/feedback';

  app.post(
    `${base}/bulk`,
    {
      config: { access: { artefact: 'feedback', action: 'update' } },
      schema: {
        tags,
        summary: 'Triage, archive, reopen, tag, untag or set the product of up to 500 items, all or nothing',
        params: WsParams,
        body: BulkBody,
        response: {
          200: z.object({ updated: z.number().int(), items: z.array(FeedbackItem) }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const ctx = req.wsCtx;
      return inTransaction(ctx, (tx) => bulkFeedback(tx, req.body));
    },
  );

  app.post(
    `${base}/import`,
    {
      config: { access: { artefact: 'feedback', action: 'create' } },
      bodyLimit: CSV_MAX * 2,
      schema: {
        tags,
        summary: `Import feedback from CSV (columns: ${IMPORT_COLUMNS.join(', ')}; at most ${IMPORT_MAX_ROWS} rows); valid rows are imported, the others reported`,
        params: WsParams,
        body: ImportBody,
        response: { 200: ImportReport, ...errorResponses },
      },
    },
    async (req) => {
      const ctx = req.wsCtx;
      return inTransaction(ctx, (tx) => importFeedbackCsv(tx, req.body.csv, { dryRun: req.body.dryRun }));
    },
  );
};
