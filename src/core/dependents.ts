import { is, type SQL, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from '../db/schema.ts';
import { rows } from '../db/sql.ts';
import { type Artefact, OWNERSHIP } from '../policies/ownership.ts';
import type { WsCtx } from './context.ts';
import type { Role } from './enums.ts';
import { conflict } from './errors.ts';

/**
 * What rows of each table are, for a person reading a refusal: the artefact whose owners answer for
 * them (a link row answers to the artefact it belongs to) and its name, singular and plural.
 */
export const DEPENDENT_KINDS: Record<string, { artefact: Artefact; one: string; many: string }> = {
  products: { artefact: 'product', one: 'child product', many: 'child products' },
  features: { artefact: 'feature', one: 'feature', many: 'features' },
  feedback: { artefact: 'feedback', one: 'feedback item', many: 'feedback items' },
  releases: { artefact: 'release', one: 'release', many: 'releases' },
  scoring_models: { artefact: 'scoring_model', one: 'scoring model', many: 'scoring models' },
  contacts: { artefact: 'contact', one: 'contact', many: 'contacts' },
  persona_products: { artefact: 'persona', one: 'linked persona', many: 'linked personas' },
  battlecards: { artefact: 'battlecard', one: 'battlecard', many: 'battlecards' },
  positionings: { artefact: 'positioning', one: 'positioning version', many: 'positioning versions' },
  messaging: { artefact: 'messaging', one: 'messaging version', many: 'messaging versions' },
  launches: { artefact: 'launch', one: 'launch', many: 'launches' },
  release_notes: { artefact: 'release_note', one: 'release note', many: 'release notes' },
  release_note_features: {
    artefact: 'release_note',
    one: 'release note listing it',
    many: 'release notes listing it',
  },
  requirements: { artefact: 'requirement', one: 'requirement', many: 'requirements' },
  program_requirements: { artefact: 'program', one: 'program answering it', many: 'programs answering it' },
  campaigns: { artefact: 'campaign', one: 'campaign', many: 'campaigns' },
  touchpoints: { artefact: 'touchpoint', one: 'touchpoint', many: 'touchpoints' },
  surveys: { artefact: 'survey', one: 'survey', many: 'surveys' },
  survey_recipients: { artefact: 'survey', one: 'survey recipient', many: 'survey recipients' },
  survey_answers: { artefact: 'survey', one: 'survey answer', many: 'survey answers' },
  deals: { artefact: 'deal', one: 'deal', many: 'deals' },
};

/** The function behind each role, as people say it ("owned by product marketing"). */
const FUNCTION_OF: Record<Role, string> = {
  admin: 'admins',
  product_manager: 'product management',
  product_marketer: 'product marketing',
  marketer: 'marketing',
  sales: 'sales',
  viewer: 'viewers',
};

/** A foreign key from a workspace table to another: the referencing table and its column. */
export type Reference = { table: PgTable; tableName: string; column: string; onDelete: string };

const TABLES: PgTable[] = (Object.values(schema) as unknown[]).filter((t): t is PgTable => is(t, PgTable));

/** Every foreign key in the schema that points at `parent` (through the workspace id and one column). */
export function referencesTo(parent: PgTable): Reference[] {
  const found: Reference[] = [];
  for (const table of TABLES) {
    const config = getTableConfig(table);
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      if (ref.foreignTable !== parent) continue;
      const own = ref.columns.filter((c) => c.name !== 'workspace_id');
      if (own.length !== 1 || ref.columns.length !== 2) continue;
      found.push({
        table,
        tableName: config.name,
        column: own[0]!.name,
        onDelete: fk.onDelete ?? 'no action',
      });
    }
  }
  return found;
}

/** What the database keeps from being deleted with its parent: every reference that does not cascade. */
export const blockingReferencesTo = (parent: PgTable) =>
  referencesTo(parent).filter((r) => r.onDelete !== 'cascade' && r.onDelete !== 'set null');

export type Dependent = { artefact: Artefact | null; count: number; ownerRoles: Role[]; label: string };

/**
 * Refuses to delete a row that other rows still depend on, naming them, how many, and which function
 * owns them: "This product has 2 positioning versions and 1 messaging version owned by product
 * marketing; delete or move those first". A delete never reaches another role's work: the foreign keys
 * to it do not cascade, so without this check the database would refuse anyway (in vaguer words).
 * Counted in one query, after the caller has locked the row.
 */
export async function assertNoDependents(
  ctx: WsCtx,
  parent: PgTable,
  id: string,
  label: string,
): Promise<void> {
  const refs = blockingReferencesTo(parent);
  if (refs.length === 0) return;
  const counts: SQL[] = refs.map(
    (r, i) =>
      sql`select ${i}::int as i, count(*)::int as n from ${r.table}
          where workspace_id = ${ctx.workspaceId} and ${sql.identifier(r.column)} = ${id}`,
  );
  const found = await rows<{ i: number; n: number }>(ctx.db, sql.join(counts, sql` union all `));
  const dependents: Dependent[] = [];
  for (const { i, n } of found) {
    if (Number(n) === 0) continue;
    const ref = refs[Number(i)]!;
    // A table without a kind still blocks (the test of this module insists every one has a kind).
    const kind = DEPENDENT_KINDS[ref.tableName];
    const noun = ref.tableName.replaceAll('_', ' ');
    dependents.push({
      artefact: kind?.artefact ?? null,
      count: Number(n),
      ownerRoles: ['admin', ...(kind ? OWNERSHIP[kind.artefact].owners : [])],
      label: `${n} ${Number(n) === 1 ? (kind?.one ?? noun) : (kind?.many ?? noun)}`,
    });
  }
  if (dependents.length === 0) return;
  throw conflict(`This ${label} has ${describe(dependents)}; delete or move those first`, {
    dependents: dependents.map(({ artefact, count, ownerRoles }) => ({ artefact, count, ownerRoles })),
  });
}

/** "1 release owned by product management, and 2 positioning versions and 1 messaging version owned by …" */
function describe(dependents: Dependent[]): string {
  const byOwner = new Map<string, string[]>();
  for (const d of dependents) {
    const owners = d.ownerRoles.filter((r) => r !== 'admin').map((r) => FUNCTION_OF[r]);
    const key = owners.length > 0 ? ` owned by ${andList(owners)}` : '';
    byOwner.set(key, [...(byOwner.get(key) ?? []), d.label]);
  }
  return andList(
    [...byOwner].map(([owner, labels]) => `${andList(labels)}${owner}`),
    ', and ',
  );
}

function andList(items: string[], last = ' and '): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${last}${items.at(-1)}`;
}
