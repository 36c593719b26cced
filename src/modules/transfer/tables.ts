import { getTableColumns } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { activity } from '../activity/schema.ts';
import { users } from '../auth/schema.ts';
import { comments } from '../comments/schema.ts';
import { contacts, customers } from '../customers/schema.ts';
import { featureFeedback, features } from '../features/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { products } from '../products/schema.ts';
import { releases } from '../releases/schema.ts';
import { scoringModels } from '../scoring/schema.ts';
import { members } from '../workspaces/schema.ts';
import { affiliates } from '../affiliates/schema.ts';
import { budgets } from '../budget/schema.ts';
import { campaignLinks, campaigns, touchpoints } from '../campaigns/schema.ts';
import { battlecards, competitors } from '../competitors/schema.ts';
import { launchTasks, launches, launchTemplates } from '../launches/schema.ts';
import { personaProducts, personas } from '../personas/schema.ts';
import { messaging, positionings } from '../positioning/schema.ts';
import { releaseNoteFeatures, releaseNotes } from '../release-notes/schema.ts';
import { programRequirements, programs, requirements } from '../requirements/schema.ts';
import { deals } from '../deals/schema.ts';
import { metrics, metricTargets, metricValues } from '../metrics/schema.ts';
import { goals, signalSettings, sources } from '../sources/schema.ts';
import { surveyAnswers, surveys } from '../surveys/schema.ts';
import { importSources } from '../sources/transfer.ts';

/**
 * The workspace tables a workspace export carries, in foreign-key order (a table comes after every table it
 * references), keyed by their name in the export document. A new workspace table is one line here.
 * Each must have a workspace_id column; rows are exported without it and imported under the new workspace.
 */
export const TRANSFER_TABLES = {
  members: { table: members },
  products: { table: products, parentKey: 'parentId' },
  customers: { table: customers },
  contacts: { table: contacts },
  releases: { table: releases },
  personas: { table: personas },
  personaProducts: { table: personaProducts },
  feedback: { table: feedback },
  features: { table: features },
  featureFeedback: { table: featureFeedback },
  scoringModels: { table: scoringModels },
  competitors: { table: competitors },
  battlecards: { table: battlecards },
  positionings: { table: positionings },
  messaging: { table: messaging },
  launches: { table: launches },
  launchTasks: { table: launchTasks },
  launchTemplates: { table: launchTemplates },
  releaseNotes: { table: releaseNotes },
  releaseNoteFeatures: { table: releaseNoteFeatures },
  requirements: { table: requirements },
  programs: { table: programs },
  programRequirements: { table: programRequirements },
  campaigns: { table: campaigns },
  campaignLinks: { table: campaignLinks },
  touchpoints: { table: touchpoints },
  affiliates: { table: affiliates },
  budgets: { table: budgets },
  // Without keys: an import gets new ones, and keeps a domain only while no other source holds it.
  sources: {
    table: sources,
    omit: ['key', 'previousKey', 'previousKeyExpiresAt'],
    importRows: importSources,
  },
  goals: { table: goals },
  signalSettings: { table: signalSettings },
  surveys: { table: surveys },
  surveyAnswers: { table: surveyAnswers },
  deals: { table: deals },
  metrics: { table: metrics },
  metricTargets: { table: metricTargets },
  metricValues: { table: metricValues },
  comments: { table: comments, userArrays: ['mentions'] },
  activity: { table: activity, serial: 'id' },
} satisfies Record<string, TableSpec>;

/**
 * Workspace tables deliberately left out of exports, with the reason (a test checks that every table with a
 * workspace_id is either transferred or listed here).
 */
export const NOT_TRANSFERRED: Record<string, string> = {
  invitations: 'pending invitations hold one-time token hashes and are re-sent, not restored',
  notifications: "one person's inbox, not workspace content; an import must not plant any",
  // Market signals: definitions travel (sources, goals, settings), raw data does not (`tandem events export`).
  events: 'raw events: streamed by `tandem events export`, not carried in a workspace document',
  event_keys: 'deduplication keys of raw events',
  visits: 'derived from raw events',
  persons: 'people known from raw events',
  person_distinct_ids: 'identities of people known from raw events',
  event_groups: 'accounts known from raw events',
  event_day_marks: 'rollup bookkeeping of raw events',
  event_hour_marks: 'memo bookkeeping of raw events',
  traffic_days: 'daily traffic rollups, rebuilt from visits when read',
  traffic_day_refreshes: 'rollup bookkeeping of raw events',
  signal_memos: 'figures memoized from raw events, computed again when read',
  survey_recipients: 'personal survey links hold token hashes: sent again, not restored',
  source_domains: "rebuilt from the sources' domains on import (only the domains still free)",
  deal_imports: 'retry guards of deal CSV imports, kept 24 hours',
};

type TableSpec = {
  table: PgTable;
  /** A column referencing another row of the same table: rows are inserted parents first. */
  parentKey?: string;
  /** uuid[] columns holding user ids (no foreign key can say so). */
  userArrays?: string[];
  /** A sequence-backed column: never imported (this database numbers the rows, in the file's order). */
  serial?: string;
  /** Columns never exported (secrets): the import must fill them, so such a table has `importRows`. */
  omit?: string[];
  /** Inserts the table's rows itself (already remapped to the new workspace); answers notes for the importer. */
  importRows?: ImportRows;
};

/** A table's own import: what it had to leave out is said in a sentence each. */
export type ImportRows = (tx: Db, rows: Row[]) => Promise<string[]>;

export type TableName = keyof typeof TRANSFER_TABLES;
export const TABLE_NAMES = Object.keys(TRANSFER_TABLES) as TableName[];

export type Row = Record<string, unknown>;

/** What export and import need to know about one table, read from its drizzle definition. */
export type TableInfo = {
  name: TableName;
  table: PgTable;
  /** Columns carried in the document: every column but workspace_id and generated ones, by JS name. */
  columns: Record<string, PgColumn>;
  /** Primary-key columns other than workspace_id: the export's row order. */
  orderBy: PgColumn[];
  /** JS names of columns holding a user id (foreign keys to users). */
  userColumns: string[];
  /** For each user column, the text column keeping the person's name when they are not a member here. */
  nameColumns: Record<string, string>;
  userArrays: string[];
  parentKey?: string;
  serial?: string;
  importRows?: ImportRows;
  /** The zod schema of one exported row; parses JSON values back into what drizzle inserts. */
  rowSchema: z.ZodType<Row>;
};

function describe(name: TableName): TableInfo {
  const spec: TableSpec = TRANSFER_TABLES[name];
  const all = getTableColumns(spec.table) as Record<string, PgColumn>;
  const config = getTableConfig(spec.table);
  if (!('workspaceId' in all)) throw new Error(`transfer table ${name} has no workspaceId column`);
  const columns: Record<string, PgColumn> = {};
  for (const [key, column] of Object.entries(all)) {
    if (key === 'workspaceId' || (column as { generated?: unknown }).generated) continue;
    if (spec.omit?.includes(key)) continue;
    columns[key] = column;
  }
  const keyOf = new Map(Object.entries(all).map(([k, c]) => [c.name, k]));
  const pk = [
    ...config.primaryKeys.flatMap((p) => p.columns),
    ...Object.values(all).filter((c) => c.primary),
  ].filter((c) => c.name !== 'workspace_id');
  const userColumns = config.foreignKeys
    .map((fk) => fk.reference())
    .filter((ref) => ref.foreignTable === users && ref.columns.length === 1)
    .map((ref) => keyOf.get(ref.columns[0]!.name)!);
  const nameColumns: Record<string, string> = {};
  for (const key of userColumns) {
    const companion = key.endsWith('Id') ? `${key.slice(0, -2)}Name` : `${key}Name`;
    // Safety by structure: a new user reference in a workspace table must say where a non-member's name goes.
    if (!(companion in columns) && name !== 'members')
      throw new Error(`transfer table ${name}: user column ${key} needs a nullable text column ${companion}`);
    nameColumns[key] = companion;
  }
  return {
    name,
    table: spec.table,
    columns,
    orderBy: pk,
    userColumns,
    nameColumns,
    userArrays: spec.userArrays ?? [],
    parentKey: spec.parentKey,
    serial: spec.serial,
    importRows: spec.importRows,
    rowSchema: z.strictObject(
      Object.fromEntries(Object.entries(columns).map(([k, c]) => [k, fieldSchema(c)])),
    ) as unknown as z.ZodType<Row>,
  };
}

/** Every transferred table's description, in foreign-key order. */
export const TABLES: TableInfo[] = TABLE_NAMES.map(describe);

/** A JSON value as stored in the document: dates as ISO strings, everything else as drizzle returns it. */
export function toJson(column: PgColumn, value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (column.columnType === 'PgBigInt64' && typeof value === 'bigint') return value.toString();
  return value;
}

/** The zod schema of one column's JSON value: its type, enum, nullability; optional when it has a default. */
function fieldSchema(column: PgColumn): z.ZodType {
  let schema = baseSchema(column);
  if (!column.notNull) schema = schema.nullable();
  if (column.hasDefault || !column.notNull) schema = schema.optional();
  return schema;
}

function baseSchema(column: PgColumn): z.ZodType {
  const enumValues = (column as { enumValues?: string[] }).enumValues;
  switch (column.columnType) {
    case 'PgUUID':
      return z.uuid();
    case 'PgText':
      return enumValues?.length ? z.enum(enumValues as [string, ...string[]]) : z.string();
    case 'PgInteger':
      return z.number().int();
    case 'PgBigSerial53':
    case 'PgBigInt53':
      return z.number().int().min(1);
    case 'PgDoublePrecision':
      return z.number();
    case 'PgBoolean':
      return z.boolean();
    case 'PgTimestamp':
      return z.iso.datetime({ offset: true }).transform((s) => new Date(s));
    case 'PgDateString':
      return z.iso.date();
    case 'PgJsonb':
      return z.json();
    case 'PgArray':
      return z.array(baseSchema((column as unknown as { baseColumn: PgColumn }).baseColumn));
    default:
      // A new column type must be taught here, or the import would accept values blindly.
      throw new Error(`transfer: no JSON mapping for column type ${column.columnType} (${column.name})`);
  }
}
