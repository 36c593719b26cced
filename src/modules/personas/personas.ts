import { and, asc, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type ActivityInput, recordActivities, recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { BUYING_ROLES, Channel } from '../../core/enums.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRefs } from '../../core/refs.ts';
import { escapeLike } from '../../core/text.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { campaigns } from '../campaigns/schema.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { features } from '../features/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { messaging } from '../positioning/schema.ts';
import { products } from '../products/schema.ts';
import { requirements } from '../requirements/schema.ts';
import { personaProducts, personas } from './schema.ts';

export type PersonaRow = typeof personas.$inferSelect;
export type BuyingRole = (typeof BUYING_ROLES)[number];

export function presentPersona(p: PersonaRow, productIds: string[]) {
  return {
    id: p.id,
    name: p.name,
    title: p.title,
    description: p.description,
    demographics: p.demographics,
    firmographics: p.firmographics,
    goals: p.goals,
    pains: p.pains,
    motivations: p.motivations,
    objections: p.objections,
    preferredChannels: p.preferredChannels as Channel[],
    buyingRole: p.buyingRole,
    productIds,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
export type Persona = ReturnType<typeof presentPersona>;
/** A persona as its page shows it: with how much feedback and how many features mention it. */
export type PersonaDetail = Persona & { feedbackCount: number; featureCount: number };

/** The persona's own fields as the activity log records them. */
const logged = (p: Persona) => {
  const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...rest } = p;
  return rest;
};

export type PersonaInput = {
  name: string;
  title?: string;
  description?: string;
  demographics?: string;
  firmographics?: string;
  goals?: string[];
  pains?: string[];
  motivations?: string[];
  objections?: string[];
  preferredChannels?: Channel[];
  buyingRole?: BuyingRole | null;
  /** Products this persona buys or uses; on update, replaces the whole set. */
  productIds?: string[];
};
export type PersonaUpdate = Partial<PersonaInput>;

export const PERSONA_SORTS = ['name', 'createdAt', 'updatedAt'] as const;
const sortColumn = { name: personas.name, createdAt: personas.createdAt, updatedAt: personas.updatedAt };

export type PersonaQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  productId?: string;
  buyingRole?: BuyingRole;
  /** Name or title contains (case-insensitive). */
  q?: string;
};

/** Linked product ids of the given personas, in one query. */
async function productIdsFor(ctx: WsCtx, personaIds: readonly string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(personaIds.map((id) => [id, []]));
  if (personaIds.length === 0) return map;
  const links = await ctx.db
    .select({ personaId: personaProducts.personaId, productId: personaProducts.productId })
    .from(personaProducts)
    .where(
      and(
        eq(personaProducts.workspaceId, ctx.workspaceId),
        inArray(personaProducts.personaId, [...personaIds]),
      ),
    )
    .orderBy(asc(personaProducts.productId));
  for (const l of links) map.get(l.personaId)?.push(l.productId);
  return map;
}

/** A page of personas, by name unless asked otherwise. */
export async function listPersonas(ctx: WsCtx, query: PersonaQuery): Promise<Page<Persona>> {
  const sort = parseSort(query.sort, PERSONA_SORTS, 'name');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: (SQL | undefined)[] = [eq(personas.workspaceId, ctx.workspaceId)];
  if (query.buyingRole) conds.push(eq(personas.buyingRole, query.buyingRole));
  if (query.productId)
    conds.push(sql`exists (select 1 from persona_products pp where pp.workspace_id = ${personas.workspaceId}
      and pp.persona_id = ${personas.id} and pp.product_id = ${query.productId})`);
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    conds.push(or(ilike(personas.name, like), ilike(personas.title, like)));
  }
  if (query.cursor) conds.push(afterCursor(column, personas.id, sort, query.cursor));
  const fetched = await ctx.db
    .select()
    .from(personas)
    .where(and(...conds))
    .orderBy(...orderFor(column, personas.id, sort))
    .limit(query.limit + 1);
  const links = await productIdsFor(
    ctx,
    fetched.map((p) => p.id),
  );
  return toPage(
    fetched,
    query.limit,
    sort,
    (p) => p[sort.field as keyof typeof sortColumn],
    (p) => presentPersona(p, links.get(p.id) ?? []),
  );
}

async function present(ctx: WsCtx, row: PersonaRow): Promise<Persona> {
  return presentPersona(row, (await productIdsFor(ctx, [row.id])).get(row.id) ?? []);
}

/** How many feedback items and features name the persona. */
async function mentionCounts(ctx: WsCtx, id: string) {
  const [fb] = await ctx.db
    .select({ n: count() })
    .from(feedback)
    .where(and(eq(feedback.workspaceId, ctx.workspaceId), eq(feedback.personaId, id)));
  const [ft] = await ctx.db
    .select({ n: count() })
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.personaId, id)));
  return { feedbackCount: Number(fb?.n ?? 0), featureCount: Number(ft?.n ?? 0) };
}

/** One persona with its products and mention counts; 404 outside the caller's workspace. */
export async function getPersona(ctx: WsCtx, id: string): Promise<PersonaDetail> {
  const [row] = await ctx.db
    .select()
    .from(personas)
    .where(and(eq(personas.workspaceId, ctx.workspaceId), eq(personas.id, id)));
  if (!row) throw notFound('Persona');
  return { ...(await present(ctx, row)), ...(await mentionCounts(ctx, id)) };
}

/** 404 unless the persona exists in the caller's workspace. */
export async function assertPersona(ctx: WsCtx, id: string): Promise<void> {
  const [row] = await ctx.db
    .select({ id: personas.id })
    .from(personas)
    .where(and(eq(personas.workspaceId, ctx.workspaceId), eq(personas.id, id)));
  if (!row) throw notFound('Persona');
}

/** Runs a write, turning the case-insensitive name clash into 409 on the field `name`. */
async function uniqueName<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict(`Another persona is already called "${name}"`, {
        errors: [{ path: 'name', message: 'Already used by another persona (names ignore case)' }],
      });
    throw err;
  }
}

async function replaceProducts(ctx: WsCtx, personaId: string, productIds: readonly string[]) {
  await ctx.db
    .delete(personaProducts)
    .where(and(eq(personaProducts.workspaceId, ctx.workspaceId), eq(personaProducts.personaId, personaId)));
  const unique = [...new Set(productIds)];
  if (unique.length === 0) return;
  await ctx.db
    .insert(personaProducts)
    .values(unique.map((productId) => ({ workspaceId: ctx.workspaceId, personaId, productId })));
}

/** Creates a persona, linked to the given products. */
export async function createPersona(ctx: WsCtx, input: PersonaInput): Promise<Persona> {
  assertCan(ctx.role, 'persona', 'create');
  const { productIds = [], ...fields } = input;
  await assertRefs(ctx, products, productIds, 'productIds', 'product');
  const [row] = await uniqueName(input.name, () =>
    ctx.db
      .insert(personas)
      .values({ ...fields, workspaceId: ctx.workspaceId })
      .returning(),
  );
  await replaceProducts(ctx, row!.id, productIds);
  const created = await present(ctx, row!);
  await recordActivity(ctx, {
    entityType: 'persona',
    entityId: row!.id,
    action: 'created',
    after: logged(created),
  });
  return created;
}

/** Edits a persona; `productIds`, when given, replaces the linked products. */
export async function updatePersona(
  ctx: WsCtx,
  id: string,
  input: PersonaUpdate,
  expected?: number,
): Promise<PersonaDetail> {
  assertCan(ctx.role, 'persona', 'update');
  const row = await lockRow(ctx, personas, id, 'Persona');
  await checkVersion(ctx, 'persona', row, expected);
  const before = await present(ctx, row);
  const { productIds, ...fields } = input;
  if (productIds) await assertRefs(ctx, products, productIds, 'productIds', 'product');
  await uniqueName(input.name, () =>
    ctx.db
      .update(personas)
      .set({ ...fields, ...bump() })
      .where(and(eq(personas.workspaceId, ctx.workspaceId), eq(personas.id, id))),
  );
  if (productIds) await replaceProducts(ctx, id, productIds);
  const after = await getPersona(ctx, id);
  await recordActivity(ctx, {
    entityType: 'persona',
    entityId: id,
    action: 'updated',
    before: logged(before),
    after: logged(after),
  });
  return after;
}

/**
 * Deletes a persona. Feedback and features that mention it lose the mention (their version moves and
 * the log says so); messaging, requirements and campaigns are written for it, so they block the delete.
 */
export async function deletePersona(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'persona', 'delete');
  const row = await lockRow(ctx, personas, id, 'Persona');
  await checkVersion(ctx, 'persona', row, expected);
  const usedBy = await usersOf(ctx, id);
  const blocking = Object.entries(usedBy).filter(([, n]) => n > 0);
  if (blocking.length > 0)
    throw conflict(
      `Persona is used by ${blocking.map(([k, n]) => `${n} ${USER_LABELS[k as keyof typeof usedBy]}${n === 1 ? '' : 's'}`).join(', ')}; point them at another persona or delete them first`,
      usedBy,
    );
  const before = await present(ctx, row);
  const unlinkedFeedback = await ctx.db
    .update(feedback)
    .set({ personaId: null, ...bump() })
    .where(and(eq(feedback.workspaceId, ctx.workspaceId), eq(feedback.personaId, id)))
    .returning({ id: feedback.id });
  const unlinkedFeatures = await ctx.db
    .update(features)
    .set({ personaId: null, ...bump() })
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.personaId, id)))
    .returning({ id: features.id });
  const unlinked = { personaId: { before: id, after: null } };
  await recordActivities(ctx, [
    ...unlinkedFeedback.map((f): ActivityInput => ({
      entityType: 'feedback',
      entityId: f.id,
      action: 'updated',
      changes: unlinked,
    })),
    ...unlinkedFeatures.map((f): ActivityInput => ({
      entityType: 'feature',
      entityId: f.id,
      action: 'updated',
      changes: unlinked,
    })),
  ]);
  await deleteCommentsOn(ctx, 'persona', id);
  await ctx.db.delete(personas).where(and(eq(personas.workspaceId, ctx.workspaceId), eq(personas.id, id)));
  await recordActivity(ctx, {
    entityType: 'persona',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}

const USER_LABELS = {
  messagingCount: 'messaging version',
  requirementCount: 'requirement',
  campaignCount: 'campaign',
} as const;

/** Counts of the artefacts written for the persona, which must not lose it silently. */
async function usersOf(ctx: WsCtx, id: string): Promise<Record<keyof typeof USER_LABELS, number>> {
  const n = async (table: typeof messaging | typeof requirements | typeof campaigns) => {
    const [r] = await ctx.db
      .select({ n: count() })
      .from(table)
      .where(and(eq(table.workspaceId, ctx.workspaceId), eq(table.personaId, id)));
    return Number(r?.n ?? 0);
  };
  return {
    messagingCount: await n(messaging),
    requirementCount: await n(requirements),
    campaignCount: await n(campaigns),
  };
}
