import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inTransaction } from '../../core/context.ts';
import {
  CUSTOMER_SEGMENTS,
  LIMITS,
  METRIC_DIRECTIONS,
  METRIC_KINDS,
  METRIC_OWNERS,
  METRIC_PERIODS,
  METRIC_STATUSES,
  METRIC_UNITS,
  TRAFFIC_CHANNELS,
} from '../../core/enums.ts';
import { expectedVersion, setVersionHeader } from '../../http/context.ts';
import {
  errorResponses,
  isoDate,
  name,
  shortText,
  Uuid,
  version,
  WsIdParams,
  WsParams,
} from '../../http/schemas.ts';
import { importValuesCsv, VALUE_COLUMNS, VALUES_MAX_ROWS } from './import.ts';
import {
  createMetric,
  deleteMetric,
  deleteValue,
  listMetrics,
  putValues,
  setTargets,
  updateMetric,
} from './metrics.ts';
import { metricDetail, metricsSummary } from './summary.ts';

const Owner = z.enum(METRIC_OWNERS);
const Kind = z.enum(METRIC_KINDS);
const Unit = z.enum(METRIC_UNITS);
const Direction = z.enum(METRIC_DIRECTIONS);
const Period = z.enum(METRIC_PERIODS);
const Status = z.enum(METRIC_STATUSES);
const Filters = z.strictObject({
  productId: Uuid.optional(),
  campaignId: Uuid.optional(),
  programId: Uuid.optional(),
  launchId: Uuid.optional(),
  featureId: Uuid.optional(),
  personaId: Uuid.optional(),
  competitorId: Uuid.optional(),
  segment: z.enum(CUSTOMER_SEGMENTS).optional(),
  channel: z.enum(TRAFFIC_CHANNELS).optional(),
});
/** Stored filters as answered (the request schema above is what checks them). */
const StoredFilters = Filters.extend({ segment: z.string().optional(), channel: z.string().optional() });
const Metric = z.object({
  id: Uuid,
  name: z.string(),
  description: z.string(),
  ownerRole: Owner,
  kind: Kind,
  filters: StoredFilters,
  unit: Unit,
  direction: Direction,
  period: Period,
  tolerance: z.number(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const Target = z.strictObject({
  periodStart: isoDate().describe(
    'The first day of a period of the metric: a Monday, the 1st, or 1 Jan/Apr/Jul/Oct',
  ),
  value: z.number().min(-1e12).max(1e12),
});
const Value = z.strictObject({ on: isoDate(), value: z.number().min(-1e12).max(1e12) });
const Judged = {
  value: z.number().nullable(),
  target: z.number().nullable(),
  status: Status,
  rule: z.string(),
};
const Detail = Metric.extend({
  targets: z.array(Target),
  values: z.array(Value),
  periods: z.array(
    z.object({ periodStart: z.string(), periodEnd: z.string(), label: z.string(), ...Judged }),
  ),
});
const SummaryItem = z.object({
  id: Uuid,
  name: z.string(),
  ownerRole: Owner,
  kind: Kind,
  unit: Unit,
  direction: Direction,
  filters: StoredFilters,
  previous: z.number().nullable(),
  change: z.number().nullable(),
  ...Judged,
  series: z.array(z.object({ period: z.string(), value: z.number().nullable() })),
});
const fields = {
  description: shortText().optional(),
  filters: Filters.optional().describe('Each kind reads its own filters; another is refused (422)'),
  unit: Unit.optional().describe('Computed kinds have their own unit (the default); manual metrics take any'),
  direction: Direction.optional().describe('up: more is better; down: less is better (default: the kind’s)'),
  period: Period.optional(),
  tolerance: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe('How far short of target is still "at risk" (0.1 = 10 %)'),
};
const Create = z.strictObject({ name: name(), ownerRole: Owner, kind: Kind, ...fields });
const Update = z.strictObject({
  name: name().optional(),
  ownerRole: Owner.optional(),
  kind: Kind.optional(),
  ...fields,
  version: version(),
});
const CSV_MAX = 500_000;
const ImportBody = z.strictObject({
  csv: z.string().min(1).max(CSV_MAX),
  dryRun: z.boolean().optional(),
});
const ImportReport = z.object({
  imported: z.number().int(),
  rejected: z.array(
    z.object({
      row: z.number().int(),
      errors: z.array(z.object({ column: z.enum(VALUE_COLUMNS), message: z.string() })),
      values: z.record(z.string(), z.string()),
    }),
  ),
});
const IdDayParams = WsIdParams.extend({ on: isoDate() });

export const metricsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['metrics'];
  const base = '/api/v1/workspaces/:workspaceId/metrics';
  // A CRM export posted as it is: the text becomes the import's `csv` (this plugin only).
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: CSV_MAX * 4 }, (_req, body, done) =>
    done(null, { csv: body }),
  );

  app.get(
    base,
    {
      config: { access: { artefact: 'metric', action: 'read' } },
      schema: {
        tags,
        summary: 'Metrics, by owner role and name',
        params: WsParams,
        querystring: z.strictObject({ ownerRole: Owner.optional() }),
        response: { 200: z.object({ items: z.array(Metric) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listMetrics(req.wsCtx, req.query) }),
  );

  app.get(
    `${base}/summary`,
    {
      config: { access: { artefact: 'metric', action: 'read' } },
      schema: {
        tags,
        summary:
          'Metric cards: value over the range, previous range, change, target, status with its rule, sparkline',
        params: WsParams,
        querystring: z.strictObject({
          ownerRole: Owner.optional(),
          from: isoDate().optional().describe('Default: the first day of the month of `to` (or of today)'),
          to: isoDate().optional().describe('Default: the last day of the month of `from`'),
          compare: z
            .enum(['0', '1', 'true', 'false'])
            .optional()
            .transform((v) => v === '1' || v === 'true')
            .describe('1: the previous range of the same length, and the change'),
        }),
        response: {
          200: z.object({
            from: z.string(),
            to: z.string(),
            compare: z.boolean(),
            metrics: z.array(SummaryItem),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => metricsSummary(req.wsCtx, req.query),
  );

  app.post(
    base,
    {
      config: { access: { artefact: 'metric', action: 'create' } },
      schema: {
        tags,
        summary: 'Define a metric (only for your own role, unless admin)',
        params: WsParams,
        body: Create,
        response: { 201: Metric, ...errorResponses },
      },
    },
    async (req, reply) => {
      const created = await inTransaction(req.wsCtx, (tx) => createMetric(tx, req.body));
      setVersionHeader(reply, created.version);
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/:id`,
    {
      config: { access: { artefact: 'metric', action: 'read' } },
      schema: {
        tags,
        summary: 'One metric with its targets, values (manual) and status per period',
        params: WsIdParams,
        response: { 200: Detail, ...errorResponses },
      },
    },
    async (req, reply) => {
      const found = await metricDetail(req.wsCtx, req.params.id);
      setVersionHeader(reply, found.version);
      return found;
    },
  );

  app.patch(
    `${base}/:id`,
    {
      config: { access: { artefact: 'metric', action: 'update' } },
      schema: {
        tags,
        summary: 'Update a metric',
        params: WsIdParams,
        body: Update,
        response: { 200: Metric, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { version: v, ...input } = req.body;
      const updated = await inTransaction(req.wsCtx, (tx) =>
        updateMetric(tx, req.params.id, input, expectedVersion(req, v)),
      );
      setVersionHeader(reply, updated.version);
      return updated;
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { access: { artefact: 'metric', action: 'delete' } },
      schema: {
        tags,
        summary: 'Delete a metric with its targets and values',
        params: WsIdParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await inTransaction(req.wsCtx, (tx) =>
        deleteMetric(tx, req.params.id, expectedVersion(req, undefined)),
      );
      return reply.code(204).send(null);
    },
  );

  app.put(
    `${base}/:id/targets`,
    {
      config: { access: { artefact: 'metric', action: 'update' } },
      schema: {
        tags,
        summary: "Replace a metric's targets (one per period)",
        params: WsIdParams,
        body: z.strictObject({ targets: z.array(Target).max(400), version: version() }),
        response: { 200: z.object({ targets: z.array(Target) }), ...errorResponses },
      },
    },
    async (req) => ({
      targets: await inTransaction(req.wsCtx, (tx) =>
        setTargets(tx, req.params.id, req.body.targets, expectedVersion(req, req.body.version)),
      ),
    }),
  );

  app.put(
    `${base}/:id/values`,
    {
      config: { access: { artefact: 'metric', action: 'update' } },
      schema: {
        tags,
        summary: "Add or replace a manual metric's values by day",
        params: WsIdParams,
        body: z.strictObject({
          values: z
            .array(Value)
            .min(1)
            .max(LIMITS.pageSize.max * 5),
        }),
        response: { 200: z.object({ saved: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => ({
      saved: await inTransaction(req.wsCtx, (tx) => putValues(tx, req.params.id, req.body.values)),
    }),
  );

  app.post(
    `${base}/:id/values/import`,
    {
      config: { access: { artefact: 'metric', action: 'update' } },
      schema: {
        tags,
        summary: `Import a manual metric's values from CSV (columns: ${VALUE_COLUMNS.join(', ')}; at most ${VALUES_MAX_ROWS} rows), as JSON {csv} or a text/csv body; valid rows are imported, the others reported`,
        params: WsIdParams,
        body: ImportBody,
        response: { 200: ImportReport, ...errorResponses },
      },
    },
    async (req) =>
      inTransaction(req.wsCtx, (tx) =>
        importValuesCsv(tx, req.params.id, req.body.csv, { dryRun: req.body.dryRun }),
      ),
  );

  app.delete(
    `${base}/:id/values/:on`,
    {
      config: { access: { artefact: 'metric', action: 'update' } },
      schema: {
        tags,
        summary: "Delete a manual metric's value of one day",
        params: IdDayParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await inTransaction(req.wsCtx, (tx) => deleteValue(tx, req.params.id, req.params.on));
      return reply.code(204).send(null);
    },
  );
};
