import { and, eq, gte, ilike, inArray, like, lte, or, type SQL, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { CampaignStatus, Channel } from '../../core/enums.ts';
import { conflict, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { escapeLike } from '../../core/text.ts';
import { defineWorkflow } from '../../core/workflow.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { personas } from '../personas/schema.ts';
import { programs } from '../requirements/schema.ts';
import { campaigns, type TargetMetric } from './schema.ts';
import { MEDIUM_BY_CHANNEL, normaliseUtm, SOURCE_BY_CHANNEL } from './utm.ts';

type CampaignRow = typeof campaigns.$inferSelect;

/** The campaign workflow: completed and cancelled are final. */
export const CAMPAIGN_WORKFLOW = defineWorkflow<CampaignStatus>({
  artefact: 'campaign',
  noun: 'campaign',
  transitions: {
    planned: ['active', 'cancelled'],
    active: ['paused', 'completed', 'cancelled'],
    paused: ['active', 'completed', 'cancelled'],
    completed: [],
    cancelled: [],
  },
});
export const CAMPAIGN_TRANSITIONS = CAMPAIGN_WORKFLOW.transitions;

export function presentCampaign(r: CampaignRow) {
  return {
    id: r.id,
    programId: r.programId,
    name: r.name,
    description: r.description,
    channel: r.channel,
    personaId: r.personaId,
    startDate: r.startDate,
    endDate: r.endDate,
    plannedSpend: r.plannedSpend,
    actualSpend: r.actualSpend,
    targetMetrics: r.targetMetrics,
    status: r.status,
    allowedTransitions: [...CAMPAIGN_WORKFLOW.next(r.status)],
    utm: { source: r.utmSource, medium: r.utmMedium, campaign: r.utmCampaign },
    landingUrl: r.landingUrl,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Campaign = ReturnType<typeof presentCampaign>;

const logged = (r: CampaignRow) => {
  const { id: _i, workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
};

export type CampaignInput = {
  programId: string;
  name: string;
  description?: string;
  channel: Channel;
  personaId?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  plannedSpend?: number;
  actualSpend?: number;
  targetMetrics?: TargetMetric[];
  landingUrl?: string;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
};
export type CampaignUpdate = Partial<CampaignInput> & { status?: CampaignStatus };

/** Campaigns run inside a program marketing's answer was accepted for. */
async function assertRunningProgram(ctx: WsCtx, programId: string): Promise<void> {
  await assertRef(ctx, programs, programId, 'programId', 'program');
  const [p] = await ctx.db
    .select({ status: programs.status, name: programs.name })
    .from(programs)
    .where(and(eq(programs.workspaceId, ctx.workspaceId), eq(programs.id, programId)));
  if (p && p.status !== 'accepted' && p.status !== 'in_progress')
    throw invalidField(
      'programId',
      `Program "${p.name}" is ${p.status.replace('_', ' ')}: campaigns go in accepted or in-progress programs`,
    );
}

function assertDates(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && end < start) throw invalidField('endDate', 'A campaign cannot end before it starts');
}

/** A canonical UTM value from what was given, refusing one that normalises to nothing. */
function utmOrThrow(value: string, path: string): string {
  const v = normaliseUtm(value);
  if (!v) throw invalidField(path, 'A UTM value needs at least one letter or digit');
  return v;
}

/**
 * The first free utm_campaign from a base: the base itself, else base-2, base-3, … (one query over the
 * values sharing the prefix).
 */
async function freeUtmCampaign(ctx: WsCtx, base: string, except?: string): Promise<string> {
  const taken = await ctx.db
    .select({ v: campaigns.utmCampaign, id: campaigns.id })
    .from(campaigns)
    .where(
      and(
        eq(campaigns.workspaceId, ctx.workspaceId),
        or(eq(campaigns.utmCampaign, base), like(campaigns.utmCampaign, `${escapeLike(base)}-%`)),
      ),
    );
  const used = new Set(taken.filter((t) => t.id !== except).map((t) => t.v));
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = `-${i}`;
    const candidate = `${base.slice(0, 100 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Runs a write, turning a taken utm_campaign into 409 on the field. */
async function uniqueUtm<T>(value: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict(`utm_campaign "${value}" is already used by another campaign`, {
        errors: [{ path: 'utmCampaign', message: 'Already used in this workspace' }],
      });
    throw err;
  }
}

async function assertUtmFree(ctx: WsCtx, value: string, except?: string): Promise<void> {
  const [taken] = await ctx.db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, ctx.workspaceId), eq(campaigns.utmCampaign, value)));
  if (taken && taken.id !== except)
    throw conflict(`utm_campaign "${value}" is already used by another campaign`, {
      errors: [{ path: 'utmCampaign', message: 'Already used in this workspace' }],
    });
}

export const CAMPAIGN_SORTS = ['startDate', 'name', 'createdAt', 'actualSpend'] as const;
const sortColumn = {
  startDate: campaigns.startDate,
  name: campaigns.name,
  createdAt: campaigns.createdAt,
  actualSpend: campaigns.actualSpend,
};
export type CampaignQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  programId?: string;
  channel?: Channel[];
  status?: CampaignStatus[];
  personaId?: string;
  from?: string;
  to?: string;
  q?: string;
};

export async function listCampaigns(ctx: WsCtx, q: CampaignQuery): Promise<Page<Campaign>> {
  const sort = parseSort(q.sort, CAMPAIGN_SORTS, 'startDate');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: (SQL | undefined)[] = [eq(campaigns.workspaceId, ctx.workspaceId)];
  if (q.programId) conds.push(eq(campaigns.programId, q.programId));
  if (q.channel?.length) conds.push(inArray(campaigns.channel, q.channel));
  if (q.status?.length) conds.push(inArray(campaigns.status, q.status));
  if (q.personaId) conds.push(eq(campaigns.personaId, q.personaId));
  // Running at some point in [from, to]; an undated end means still running.
  if (q.to) conds.push(lte(campaigns.startDate, q.to));
  if (q.from) conds.push(or(gte(campaigns.endDate, q.from), sql`${campaigns.endDate} is null`));
  if (q.q)
    conds.push(
      or(ilike(campaigns.name, `%${escapeLike(q.q)}%`), ilike(campaigns.utmCampaign, `%${escapeLike(q.q)}%`)),
    );
  if (q.cursor) conds.push(afterCursor(column, campaigns.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(campaigns)
    .where(and(...conds))
    .orderBy(...orderFor(column, campaigns.id, sort))
    .limit(q.limit + 1);
  return toPage(fetched, q.limit, sort, (r) => r[sort.field as keyof typeof sortColumn], presentCampaign);
}

export async function getCampaignRow(ctx: WsCtx, id: string): Promise<CampaignRow> {
  const [r] = await ctx.db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, ctx.workspaceId), eq(campaigns.id, id)));
  if (!r) throw notFound('Campaign');
  return r;
}
export const getCampaign = async (ctx: WsCtx, id: string) => presentCampaign(await getCampaignRow(ctx, id));

/**
 * Creates a campaign in an accepted or running program. UTM values are canonical; utm_campaign defaults to
 * the name (made unique with -2, -3, …); given explicitly, a taken value is refused with 409.
 */
export async function createCampaign(ctx: WsCtx, input: CampaignInput): Promise<Campaign> {
  assertCan(ctx.role, 'campaign', 'create');
  await assertRunningProgram(ctx, input.programId);
  await assertRef(ctx, personas, input.personaId, 'personaId', 'persona');
  assertDates(input.startDate, input.endDate);
  const utmSource = input.utmSource
    ? utmOrThrow(input.utmSource, 'utmSource')
    : SOURCE_BY_CHANNEL[input.channel];
  const utmMedium = input.utmMedium
    ? utmOrThrow(input.utmMedium, 'utmMedium')
    : MEDIUM_BY_CHANNEL[input.channel];
  let utmCampaign: string;
  if (input.utmCampaign) {
    utmCampaign = utmOrThrow(input.utmCampaign, 'utmCampaign');
    await assertUtmFree(ctx, utmCampaign);
  } else {
    utmCampaign = await freeUtmCampaign(ctx, utmOrThrow(input.name, 'name'));
  }
  const [row] = await uniqueUtm(utmCampaign, () =>
    ctx.db
      .insert(campaigns)
      .values({
        ...input,
        utmSource,
        utmMedium,
        utmCampaign,
        workspaceId: ctx.workspaceId,
        status: 'planned',
      })
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'campaign',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentCampaign(row!);
}

/** Edits a campaign; UTM values given are normalised (a taken utm_campaign is refused). */
export async function updateCampaign(
  ctx: WsCtx,
  id: string,
  input: CampaignUpdate,
  expected?: number,
): Promise<Campaign> {
  assertCan(ctx.role, 'campaign', 'update');
  const before = await lockRow(ctx, campaigns, id, 'Campaign');
  await checkVersion(ctx, 'campaign', before, expected);
  if (input.status) CAMPAIGN_WORKFLOW.assertMove({ from: before.status, to: input.status });
  if (input.programId && input.programId !== before.programId)
    await assertRunningProgram(ctx, input.programId);
  await assertRef(ctx, personas, input.personaId, 'personaId', 'persona');
  assertDates(
    input.startDate === undefined ? before.startDate : input.startDate,
    input.endDate === undefined ? before.endDate : input.endDate,
  );
  const utm: Partial<Pick<CampaignRow, 'utmSource' | 'utmMedium' | 'utmCampaign'>> = {};
  if (input.utmSource !== undefined) utm.utmSource = utmOrThrow(input.utmSource, 'utmSource');
  if (input.utmMedium !== undefined) utm.utmMedium = utmOrThrow(input.utmMedium, 'utmMedium');
  if (input.utmCampaign !== undefined) {
    utm.utmCampaign = utmOrThrow(input.utmCampaign, 'utmCampaign');
    await assertUtmFree(ctx, utm.utmCampaign, id);
  }
  const [after] = await uniqueUtm(utm.utmCampaign ?? before.utmCampaign, () =>
    ctx.db
      .update(campaigns)
      .set({ ...input, ...utm, ...bump() })
      .where(and(eq(campaigns.workspaceId, ctx.workspaceId), eq(campaigns.id, id)))
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'campaign',
    entityId: id,
    action: CAMPAIGN_WORKFLOW.action(before.status, input.status),
    before: logged(before),
    after: logged(after!),
  });
  return presentCampaign(after!);
}

/** Deletes a campaign with its links and touchpoints. */
export async function deleteCampaign(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'campaign', 'delete');
  const before = await lockRow(ctx, campaigns, id, 'Campaign');
  await checkVersion(ctx, 'campaign', before, expected);
  await deleteCommentsOn(ctx, 'campaign', id);
  await ctx.db.delete(campaigns).where(and(eq(campaigns.workspaceId, ctx.workspaceId), eq(campaigns.id, id)));
  await recordActivity(ctx, {
    entityType: 'campaign',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}
