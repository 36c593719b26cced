import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { type Channel, JOURNEY_STAGES, type JourneyStage } from '../../core/enums.ts';
import { invalid, invalidField, notFound } from '../../core/errors.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { messaging } from '../positioning/schema.ts';
import { programs } from '../requirements/schema.ts';
import { getCampaignRow } from './campaigns.ts';
import { stageOrderBreak } from './journey-order.ts';
import { touchpoints } from './schema.ts';

type TouchpointRow = typeof touchpoints.$inferSelect;
type MessagingRow = typeof messaging.$inferSelect;

/** A journey belongs to a campaign or to a program. */
export type JourneyOwner = { kind: 'campaign' | 'program'; id: string };

/** The parts of approved messaging a touchpoint can quote. */
export const MESSAGE_REFS = [
  'headline',
  'value_proposition',
  'boilerplate_short',
  'boilerplate_medium',
  'boilerplate_long',
  'elevator_pitch',
] as const;
const PILLAR_REF = /^pillar:([1-9])$/;

/** The copy a reference points at in a messaging version, or null when it points at nothing. */
export function messageText(m: MessagingRow, ref: string): string | null {
  const pillar = PILLAR_REF.exec(ref);
  if (pillar) {
    const p = m.pillars[Number(pillar[1]) - 1];
    return p ? (p.description ? `${p.title}: ${p.description}` : p.title) : null;
  }
  switch (ref) {
    case 'headline':
      return m.headline;
    case 'value_proposition':
      return m.valueProposition;
    case 'boilerplate_short':
      return m.boilerplateShort;
    case 'boilerplate_medium':
      return m.boilerplateMedium;
    case 'boilerplate_long':
      return m.boilerplateLong;
    case 'elevator_pitch':
      return m.elevatorPitch;
    default:
      return null;
  }
}

export function presentTouchpoint(t: TouchpointRow, m?: MessagingRow) {
  return {
    id: t.id,
    campaignId: t.campaignId,
    programId: t.programId,
    stage: t.stage,
    position: t.position,
    channel: t.channel,
    asset: t.asset,
    messagingId: t.messagingId,
    messageRef: t.messageRef,
    /** The approved words this step uses, resolved from the messaging it references. */
    messageText: m && t.messageRef ? messageText(m, t.messageRef) : null,
    notes: t.notes,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}
export type Touchpoint = ReturnType<typeof presentTouchpoint>;

const logged = (t: TouchpointRow) => ({
  stage: t.stage,
  position: t.position,
  channel: t.channel,
  asset: t.asset,
  messagingId: t.messagingId,
  messageRef: t.messageRef,
  notes: t.notes,
});

async function assertOwner(ctx: WsCtx, owner: JourneyOwner): Promise<void> {
  if (owner.kind === 'campaign') {
    await getCampaignRow(ctx, owner.id);
    return;
  }
  const [p] = await ctx.db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.workspaceId, ctx.workspaceId), eq(programs.id, owner.id)));
  if (!p) throw notFound('Program');
}

const ownerCondition = (ctx: WsCtx, owner: JourneyOwner) =>
  and(
    eq(touchpoints.workspaceId, ctx.workspaceId),
    owner.kind === 'campaign' ? eq(touchpoints.campaignId, owner.id) : eq(touchpoints.programId, owner.id),
  );

async function journeyRows(ctx: WsCtx, owner: JourneyOwner): Promise<TouchpointRow[]> {
  return ctx.db
    .select()
    .from(touchpoints)
    .where(ownerCondition(ctx, owner))
    .orderBy(asc(touchpoints.position), asc(touchpoints.createdAt));
}

async function messagingOf(ctx: WsCtx, rows: TouchpointRow[]): Promise<Map<string, MessagingRow>> {
  const ids = [...new Set(rows.map((r) => r.messagingId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const found = await ctx.db
    .select()
    .from(messaging)
    .where(and(eq(messaging.workspaceId, ctx.workspaceId), inArray(messaging.id, ids)));
  return new Map(found.map((m) => [m.id, m]));
}

/** A journey in order, each step with the copy it quotes. */
export async function listJourney(ctx: WsCtx, owner: JourneyOwner): Promise<Touchpoint[]> {
  await assertOwner(ctx, owner);
  const rows = await journeyRows(ctx, owner);
  const copy = await messagingOf(ctx, rows);
  return rows.map((r) => presentTouchpoint(r, r.messagingId ? copy.get(r.messagingId) : undefined));
}

/** Marketing copies approved words: the messaging must be approved and the reference must exist in it. */
async function assertMessage(ctx: WsCtx, messagingId: string | null | undefined, ref: string | undefined) {
  if (!messagingId) {
    if (ref) throw invalidField('messageRef', 'A message reference needs a messagingId');
    return;
  }
  const [m] = await ctx.db
    .select()
    .from(messaging)
    .where(and(eq(messaging.workspaceId, ctx.workspaceId), eq(messaging.id, messagingId)));
  if (!m) throw invalidField('messagingId', `No messaging ${messagingId} in this workspace`);
  if (m.status !== 'approved')
    throw invalidField(
      'messagingId',
      `This messaging is ${m.status.replace('_', ' ')}: touchpoints use approved messaging only`,
    );
  if (ref && messageText(m, ref) === null)
    throw invalidField(
      'messageRef',
      `Unknown reference "${ref}": use ${MESSAGE_REFS.join(', ')} or pillar:1…pillar:${m.pillars.length}`,
    );
}

/** Stages never go backwards along the journey (journey-order.ts); the error names the first step that does. */
function assertStageOrder(steps: { stage: JourneyStage; position: number }[]): void {
  const broken = stageOrderBreak(steps.map((s) => s.stage));
  if (!broken) return;
  const { stage, previous } = broken;
  const position = steps[broken.index]!.position;
  throw invalid(
    `Step ${position} (${stage}) comes after ${previous}: a journey runs ${JOURNEY_STAGES.join(' → ')}`,
    [{ path: 'stage', message: `Position ${position}: ${stage} cannot follow ${previous}` }],
  );
}

/**
 * Renumbers the steps 1..n in the given order, leaving position `gapAt` free when given (for a step about
 * to be inserted there); writes only the rows whose position changes.
 */
async function renumber(ctx: WsCtx, ordered: TouchpointRow[], gapAt?: number): Promise<void> {
  for (const [i, row] of ordered.entries()) {
    const want = gapAt !== undefined && i + 1 >= gapAt ? i + 2 : i + 1;
    if (row.position !== want)
      await ctx.db
        .update(touchpoints)
        .set({ position: want, ...bump() })
        .where(and(eq(touchpoints.workspaceId, ctx.workspaceId), eq(touchpoints.id, row.id)));
  }
}

export type TouchpointInput = {
  stage: JourneyStage;
  channel: Channel;
  asset?: string;
  messagingId?: string | null;
  messageRef?: string;
  notes?: string;
  /** Where to insert it (1 = first); default: at the end. */
  position?: number;
};

export async function createTouchpoint(
  ctx: WsCtx,
  owner: JourneyOwner,
  input: TouchpointInput,
): Promise<Touchpoint> {
  assertCan(ctx.role, 'touchpoint', 'create');
  await assertOwner(ctx, owner);
  await assertMessage(ctx, input.messagingId, input.messageRef);
  const journey = await journeyRows(ctx, owner);
  const at = Math.min(Math.max(input.position ?? journey.length + 1, 1), journey.length + 1);
  const stages = journey.map((r) => r.stage);
  stages.splice(at - 1, 0, input.stage);
  assertStageOrder(stages.map((stage, i) => ({ stage, position: i + 1 })));
  await renumber(ctx, journey, at);
  const { position: _p, ...fields } = input;
  const [row] = await ctx.db
    .insert(touchpoints)
    .values({
      ...fields,
      workspaceId: ctx.workspaceId,
      campaignId: owner.kind === 'campaign' ? owner.id : null,
      programId: owner.kind === 'program' ? owner.id : null,
      position: at,
    })
    .returning();
  await recordActivity(ctx, {
    entityType: 'touchpoint',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  const copy = await messagingOf(ctx, [row!]);
  return presentTouchpoint(row!, row!.messagingId ? copy.get(row!.messagingId) : undefined);
}

export type TouchpointUpdate = Partial<Omit<TouchpointInput, 'position'>>;

async function ownerOf(row: TouchpointRow): Promise<JourneyOwner> {
  return row.campaignId ? { kind: 'campaign', id: row.campaignId } : { kind: 'program', id: row.programId! };
}

export async function updateTouchpoint(
  ctx: WsCtx,
  id: string,
  input: TouchpointUpdate,
  expected?: number,
): Promise<Touchpoint> {
  assertCan(ctx.role, 'touchpoint', 'update');
  const before = await lockRow(ctx, touchpoints, id, 'Touchpoint');
  await checkVersion(ctx, 'touchpoint', before, expected);
  const messagingId = input.messagingId === undefined ? before.messagingId : input.messagingId;
  const messageRef =
    input.messageRef === undefined ? (input.messagingId === null ? '' : before.messageRef) : input.messageRef;
  await assertMessage(ctx, messagingId, messageRef || undefined);
  if (input.stage && input.stage !== before.stage) {
    const journey = await journeyRows(ctx, await ownerOf(before));
    assertStageOrder(
      journey.map((r) => ({ stage: r.id === id ? input.stage! : r.stage, position: r.position })),
    );
  }
  const [after] = await ctx.db
    .update(touchpoints)
    .set({ ...input, messageRef, ...bump() })
    .where(and(eq(touchpoints.workspaceId, ctx.workspaceId), eq(touchpoints.id, id)))
    .returning();
  await recordActivity(ctx, {
    entityType: 'touchpoint',
    entityId: id,
    action: 'updated',
    before: logged(before),
    after: logged(after!),
  });
  const copy = await messagingOf(ctx, [after!]);
  return presentTouchpoint(after!, after!.messagingId ? copy.get(after!.messagingId) : undefined);
}

/** Removes a step; the steps after it move up. */
export async function deleteTouchpoint(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'touchpoint', 'delete');
  const before = await lockRow(ctx, touchpoints, id, 'Touchpoint');
  await checkVersion(ctx, 'touchpoint', before, expected);
  await ctx.db
    .delete(touchpoints)
    .where(and(eq(touchpoints.workspaceId, ctx.workspaceId), eq(touchpoints.id, id)));
  await renumber(ctx, await journeyRows(ctx, await ownerOf(before)));
  await recordActivity(ctx, {
    entityType: 'touchpoint',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}

/** Puts a journey's steps in a new order: exactly its ids, stages still in order. */
export async function reorderJourney(ctx: WsCtx, owner: JourneyOwner, ids: string[]): Promise<Touchpoint[]> {
  assertCan(ctx.role, 'touchpoint', 'update');
  await assertOwner(ctx, owner);
  const journey = await journeyRows(ctx, owner);
  const byId = new Map(journey.map((r) => [r.id, r]));
  if (ids.length !== journey.length || new Set(ids).size !== ids.length || ids.some((i) => !byId.has(i)))
    throw invalidField('ids', `Give every step of this journey exactly once (${journey.length} steps)`);
  const ordered = ids.map((i) => byId.get(i)!);
  assertStageOrder(ordered.map((r, i) => ({ stage: r.stage, position: i + 1 })));
  await renumber(ctx, ordered);
  await recordActivity(ctx, {
    entityType: owner.kind,
    entityId: owner.id,
    action: 'journey_reordered',
    changes: { touchpoints: { before: journey.map((r) => r.id), after: ids } },
  });
  return listJourney(ctx, owner);
}
