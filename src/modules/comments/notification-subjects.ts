import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { NotificationEntity, NotificationKind, NotificationOutcome } from '../../core/enums.ts';
import { campaigns } from '../campaigns/schema.ts';
import { battlecards, competitors } from '../competitors/schema.ts';
import { features } from '../features/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { launches, launchTasks } from '../launches/schema.ts';
import { personas } from '../personas/schema.ts';
import { messaging, positionings } from '../positioning/schema.ts';
import { products } from '../products/schema.ts';
import { releaseNotes } from '../release-notes/schema.ts';
import { releases } from '../releases/schema.ts';
import { programs, requirements } from '../requirements/schema.ts';
import { notifications } from './schema.ts';

/*
 * What a notification is about, read when the inbox is listed (never copied when it was sent): the
 * entity's current title, so a renamed item shows its new name and a deleted one says so (null).
 */

const n = notifications;
/** A scalar subquery over one table of the notification's workspace, by the notification's entity id. */
const one = (table: PgTable & { workspaceId: AnyPgColumn; id: AnyPgColumn }, expr: SQL) =>
  sql`(select ${expr} from ${table} where ${table.workspaceId} = ${n.workspaceId} and ${table.id} = ${n.entityId})`;

const productName = (productId: AnyPgColumn) =>
  sql`(select p.name from ${products} p where p.workspace_id = ${n.workspaceId} and p.id = ${productId})`;

/** The current title of each kind of entity; exhaustive, so a new kind cannot be forgotten. */
const TITLES: Record<NotificationEntity, SQL> = {
  product: one(products, sql`${products.name}`),
  feature: one(features, sql`${features.title}`),
  feedback: one(feedback, sql`coalesce(nullif(${feedback.title}, ''), left(${feedback.text}, 80))`),
  release: one(releases, sql`${releases.name}`),
  persona: one(personas, sql`${personas.name}`),
  competitor: one(competitors, sql`${competitors.name}`),
  battlecard: one(
    battlecards,
    sql`(select c.name from ${competitors} c where c.workspace_id = ${battlecards.workspaceId} and c.id = ${battlecards.competitorId}) || ' for ' || ${productName(battlecards.productId)}`,
  ),
  positioning: one(
    positionings,
    sql`${productName(positionings.productId)} || ', revision ' || ${positionings.revision}`,
  ),
  messaging: one(
    messaging,
    sql`${productName(messaging.productId)} || ' for ' || (select pe.name from ${personas} pe where pe.workspace_id = ${messaging.workspaceId} and pe.id = ${messaging.personaId}) || ', revision ' || ${messaging.revision}`,
  ),
  launch: one(launches, sql`${launches.name}`),
  release_note: one(releaseNotes, sql`${releaseNotes.title}`),
  requirement: one(requirements, sql`${requirements.title}`),
  program: one(programs, sql`${programs.name}`),
  campaign: one(campaigns, sql`${campaigns.name}`),
  launch_task: one(launchTasks, sql`${launchTasks.title}`),
};

const caseOf = (branches: Partial<Record<NotificationEntity, SQL>>) =>
  sql.join(
    [
      sql`case ${n.entityType}`,
      // The kinds are our own constants, written as literals rather than as a parameter each.
      ...Object.entries(branches).map(([type, expr]) => sql`when ${sql.raw(`'${type}'`)} then ${expr}`),
      sql`end`,
    ],
    sql` `,
  );

/** The entity's current title, or null when it no longer exists. */
export const subjectTitle = sql<string | null>`${caseOf(TITLES)}`;

/**
 * The parent the web route needs: a launch task's launch (kept on the row, so a deleted task still leads to
 * its launch) and a battlecard's competitor.
 */
export const subjectParent = sql<string | null>`coalesce(${n.parentId}, ${caseOf({
  battlecard: one(battlecards, sql`${battlecards.competitorId}`),
  launch_task: one(launchTasks, sql`${launchTasks.launchId}`),
})})`;

/** One line saying who did what to which item, from the item's current title. */
export function summarize(x: {
  kind: NotificationKind;
  entityType: NotificationEntity;
  outcome: NotificationOutcome | null;
  actorName: string | null;
  title: string | null;
}): string {
  const who = x.actorName || 'Someone';
  const label = x.entityType.replaceAll('_', ' ');
  const what = x.title === null ? `a ${label} since deleted` : `the ${label} “${x.title}”`;
  switch (x.kind) {
    case 'mention':
      return `${who} mentioned you on ${what}`;
    case 'review_requested':
      return `${who} asks for your review of ${what}`;
    case 'task_assigned':
      return `${who} assigned you ${what}`;
    case 'handoff':
      if (x.outcome === 'accepted') return `${who} accepted ${what}`;
      if (x.outcome === 'sent_back') return `${who} sent back ${what}`;
      return `${who} handed ${what} to your team`;
    default: {
      const never: never = x.kind;
      return never;
    }
  }
}
