import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../db/schema.ts';
import { type Artefact, OWNERSHIP } from '../policies/ownership.ts';
import { blockingReferencesTo, DEPENDENT_KINDS } from './dependents.ts';
import { DELETED_EXPLICITLY } from '../modules/workspaces/workspaces.ts';

const TABLES = (Object.values(schema) as unknown[]).filter((t): t is PgTable => is(t, PgTable));

/** The artefact whose owners answer for the rows of each table (a link row answers to its owner side). */
const ARTEFACT_OF: Record<string, Artefact> = {
  ...Object.fromEntries(Object.entries(DEPENDENT_KINDS).map(([t, k]) => [t, k.artefact])),
  workspaces: 'workspace',
  customers: 'customer',
  personas: 'persona',
  competitors: 'competitor',
  programs: 'program',
  feature_feedback: 'feature',
  launch_tasks: 'launch',
  campaign_links: 'campaign',
  budgets: 'budget',
  sources: 'source',
  source_domains: 'source',
  metrics: 'metric',
  metric_targets: 'metric',
  metric_values: 'metric',
};

/** Every foreign key between two workspace tables (users and the workspace itself left aside). */
const workspaceForeignKeys = () =>
  TABLES.flatMap((table) => {
    const config = getTableConfig(table);
    return config.foreignKeys.map((fk) => {
      const ref = fk.reference();
      return {
        child: config.name,
        parent: getTableConfig(ref.foreignTable).name,
        columns: ref.columns.map((c) => c.name),
        onDelete: fk.onDelete ?? 'no action',
      };
    });
  }).filter((fk) => fk.parent !== 'users' && fk.parent !== 'workspaces');

describe('deletes and the roles that own what depends on them', () => {
  it('cascades only between artefacts of the same owners', () => {
    const crossRole = workspaceForeignKeys()
      .filter((fk) => fk.onDelete === 'cascade')
      .filter((fk) => {
        const [child, parent] = [ARTEFACT_OF[fk.child], ARTEFACT_OF[fk.parent]];
        expect(child, `${fk.child} needs an artefact`).toBeDefined();
        expect(parent, `${fk.parent} needs an artefact`).toBeDefined();
        return [...OWNERSHIP[child!].owners].sort().join() !== [...OWNERSHIP[parent!].owners].sort().join();
      })
      .map((fk) => `${fk.parent} → ${fk.child} (${fk.columns.join(', ')})`);
    expect(crossRole).toEqual([]);
  });

  it('lets a workspace delete reach every row of the workspace directly', () => {
    // A row reached only through another cascade is deleted after the checks of what it links, which then
    // see it still there and refuse the whole workspace delete.
    const unreached = TABLES.map(getTableConfig)
      .filter((c) => c.columns.some((col) => col.name === 'workspace_id') && c.name !== 'workspaces')
      .filter((c) => !DELETED_EXPLICITLY.some((t) => getTableConfig(t).name === c.name))
      .filter(
        (c) =>
          !c.foreignKeys.some((fk) => {
            const ref = fk.reference();
            return getTableConfig(ref.foreignTable).name === 'workspaces' && fk.onDelete === 'cascade';
          }),
      )
      .map((c) => c.name);
    expect(unreached).toEqual([]);
  });

  it('knows what every row that can keep a delete back is, to name it in the refusal', () => {
    for (const table of TABLES)
      for (const ref of blockingReferencesTo(table))
        expect(
          DEPENDENT_KINDS[ref.tableName],
          `${ref.tableName} refers to ${getTableConfig(table).name}`,
        ).toBeDefined();
  });

  it('finds what keeps a product: other roles’ positioning and messaging among them', () => {
    const products = TABLES.find((t) => getTableConfig(t).name === 'products')!;
    const blocking = blockingReferencesTo(products).map((r) => `${r.tableName}.${r.column}`);
    expect(blocking).toEqual(
      expect.arrayContaining([
        'positionings.product_id',
        'messaging.product_id',
        'persona_products.product_id',
        'battlecards.product_id',
        'launches.product_id',
        'requirements.product_id',
        'features.product_id',
        'products.parent_id',
      ]),
    );
  });
});
