import { and, asc, eq } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { Channel, JourneyStage } from '../../core/enums.ts';
import { invalid, notFound } from '../../core/errors.ts';
import { campaigns, touchpoints } from '../campaigns/schema.ts';
import { programs } from '../requirements/schema.ts';
import { goals } from '../sources/schema.ts';
import { type FunnelBreakdown, type FunnelResult, MAX_STEPS, MIN_STEPS, runFunnel } from './funnels.ts';
import type { EventMatch, Step } from './steps.ts';

/**
 * A campaign's or program's touchpoint journey as a funnel. Each touchpoint, in journey order, becomes a step:
 * - its asset is a page (an http(s) URL, or a path starting with `/`) → a page view of that page: a URL matches
 *   the page's address without query string (tagged links still count), a path matches the path;
 * - otherwise, a touchpoint of the conversion stage → any of the workspace's conversion goals (their events and
 *   filters);
 * - otherwise (an email, an ad, a webinar named but not addressable) the events cannot tell who saw it: the
 *   touchpoint is left out and listed with what is missing.
 * Consecutive touchpoints that become the same step (two conversion touchpoints) are one step. Fewer than two
 * steps → 422 naming what each left-out touchpoint lacks.
 */

export type JourneyOwner = { kind: 'campaign' | 'program'; id: string };

export type JourneyStep = {
  touchpointId: string;
  position: number;
  stage: JourneyStage;
  channel: Channel;
  asset: string;
  /** The funnel step (0-based) this touchpoint counts as, or null when it is left out. */
  step: number | null;
  /** Why it is left out. */
  missing: string | null;
};

type Touch = typeof touchpoints.$inferSelect;

/** The page a touchpoint's asset addresses, as a URL pattern, or null when it is no page. */
export function pageOf(asset: string): string | null {
  const a = asset.trim();
  if (a.startsWith('/') && !a.startsWith('//')) return a.split(/[?#]/)[0]!;
  let url: URL;
  try {
    url = new URL(a);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return `${url.origin}${url.pathname}`;
}

/** Turns touchpoints (in journey order) into funnel steps; pure, so the rule is tested on its own. */
export function journeySteps(
  touches: Pick<Touch, 'id' | 'position' | 'stage' | 'channel' | 'asset'>[],
  goalEvents: EventMatch[],
): { steps: Step[]; journey: JourneyStep[] } {
  const steps: Step[] = [];
  const keys: string[] = [];
  const journey = touches.map((t): JourneyStep => {
    const base = {
      touchpointId: t.id,
      position: t.position,
      stage: t.stage,
      channel: t.channel,
      asset: t.asset,
    };
    const page = pageOf(t.asset);
    let step: Step | null = null;
    let missing: string | null = null;
    if (page) step = { kind: 'url', pattern: page };
    else if (t.stage === 'conversion' && goalEvents.length > 0) step = { kind: 'events', anyOf: goalEvents };
    else if (t.stage === 'conversion')
      missing = 'The workspace has no conversion goals: define one under goals.';
    else
      missing =
        'Its asset is not a page: give the page address (https://… or /path) that this step leads to.';
    if (!step) return { ...base, step: null, missing };
    const key = JSON.stringify(step);
    if (keys[keys.length - 1] !== key) {
      steps.push(step);
      keys.push(key);
    }
    return { ...base, step: steps.length - 1, missing: null };
  });
  return { steps, journey };
}

export type JourneyFunnel = FunnelResult & { journey: JourneyStep[] };

/** Runs the funnel of a campaign's or program's journey; the period defaults to its dates (else 30 days). */
export async function journeyFunnel(
  ctx: WsCtx,
  owner: JourneyOwner,
  q: { from?: string; to?: string; windowDays: number; breakdown?: FunnelBreakdown },
): Promise<JourneyFunnel> {
  const table = owner.kind === 'campaign' ? campaigns : programs;
  const [found] = await ctx.db
    .select({ startDate: table.startDate, endDate: table.endDate })
    .from(table)
    .where(and(eq(table.workspaceId, ctx.workspaceId), eq(table.id, owner.id)));
  if (!found) throw notFound(owner.kind === 'campaign' ? 'Campaign' : 'Program');
  const column = owner.kind === 'campaign' ? touchpoints.campaignId : touchpoints.programId;
  const touches = await ctx.db
    .select()
    .from(touchpoints)
    .where(and(eq(touchpoints.workspaceId, ctx.workspaceId), eq(column, owner.id)))
    .orderBy(asc(touchpoints.position));
  const goalRows = await ctx.db
    .select({ event: goals.event, filter: goals.filter })
    .from(goals)
    .where(eq(goals.workspaceId, ctx.workspaceId))
    .orderBy(asc(goals.name));
  const { steps, journey } = journeySteps(touches, goalRows);
  if (steps.length < MIN_STEPS || steps.length > MAX_STEPS) {
    const left = journey.filter((j) => j.missing);
    throw invalid(
      touches.length === 0
        ? `This ${owner.kind} has no touchpoints: add its journey's steps first.`
        : `This ${owner.kind}'s journey makes ${steps.length} funnel step${steps.length === 1 ? '' : 's'}; a funnel needs ${MIN_STEPS} to ${MAX_STEPS}.` +
            (left.length ? ` ${left.length} touchpoint${left.length === 1 ? ' is' : 's are'} left out.` : ''),
      left.map((j) => ({ path: `touchpoints.${j.position}`, message: j.missing! })),
    );
  }
  const today = new Date().toISOString().slice(0, 10);
  const to = q.to ?? (found.endDate && found.endDate < today ? found.endDate : today);
  // A long-running journey's default period is its last year (a funnel covers at most 366 days).
  const yearBefore = new Date(new Date(`${to}T00:00:00Z`).getTime() - 365 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const monthBefore = new Date(new Date(`${to}T00:00:00Z`).getTime() - 29 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const from =
    q.from ?? (found.startDate ? (found.startDate > yearBefore ? found.startDate : yearBefore) : monthBefore);
  const result = await runFunnel(ctx, { steps, from, to, windowDays: q.windowDays, breakdown: q.breakdown });
  return { ...result, journey };
}
