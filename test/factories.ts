import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { ReleaseStatus, Role } from '../src/core/enums.ts';
import { activity } from '../src/modules/activity/schema.ts';
import { features } from '../src/modules/features/schema.ts';
import { RELEASE_TRANSITIONS } from '../src/modules/releases/releases.ts';
import { type Artefact, OWNERSHIP } from '../src/policies/ownership.ts';
import type { Team, TestEnv, TypedRes } from './harness.ts';
import type { Body, CallOptions, Operation, PathOf } from './openapi.ts';

/**
 * Builds any entity of one team's workspace in one line, with the parents it needs when they are not
 * given: `await make.battlecard()` creates a competitor, a product and the battlecard. Everything goes
 * through the HTTP API as the role that owns the artefact in the ownership matrix (or `as` another role),
 * so a factory takes the path users take: validation, activity rows and derived values included.
 * (Calling the domain functions directly would save little: a request through app.inject costs well under a
 * millisecond beyond the queries the domain function runs anyway.)
 *
 * Builders answer the created entity as the API answered it, typed from the OpenAPI document.
 */
export function factories(env: TestEnv, team: Team) {
  let n = 0;
  const workspaceId = team.workspaceId;
  const path = { workspaceId };

  const client = (artefact: Artefact, as?: Role) => team[as ?? OWNERSHIP[artefact].owners[0] ?? 'admin'];

  /** POSTs to a workspace collection and answers the created entity; anything but the expected status throws. */
  async function create<P extends PathOf<'post'>, S extends number = 201>(
    artefact: Artefact,
    as: Role | undefined,
    route: P,
    options: CallOptions<Operation<P, 'post'>>,
    expected: S = 201 as S,
  ): Promise<Body<P, 'post', S>> {
    const post = client(artefact, as).api.post as (
      route: P,
      options: unknown,
    ) => Promise<TypedRes<Operation<P, 'post'>>>;
    const res = await post(route, options);
    if ((res.statusCode as number) !== expected)
      throw new Error(`${artefact}: ${res.statusCode} ${res.body}`);
    return res.data as Body<P, 'post', S>;
  }

  type Input<P extends PathOf<'post'>> = NonNullable<
    CallOptions<Operation<P, 'post'>> extends { body?: infer B } ? B : never
  >;
  type Overrides<P extends PathOf<'post'>> = Partial<Input<P>>;

  const make = {
    /** The workspace's stored rows, read behind the API's back. */
    stored: stored(env, workspaceId),
    async product(o: Overrides<'/api/v1/workspaces/{workspaceId}/products'> = {}, as?: Role) {
      return create('product', as, '/api/v1/workspaces/{workspaceId}/products', {
        path,
        body: { name: `Product ${++n}`, ...o },
      });
    },
    /** A product line: a product that other products name as their parent. */
    async productLine(o: Overrides<'/api/v1/workspaces/{workspaceId}/products'> = {}, as?: Role) {
      return make.product({ name: `Line ${++n}`, ...o }, as);
    },
    async customer(o: Overrides<'/api/v1/workspaces/{workspaceId}/customers'> = {}, as?: Role) {
      return create('customer', as, '/api/v1/workspaces/{workspaceId}/customers', {
        path,
        body: { name: `Customer ${++n}`, ...o },
      });
    },
    async contact(o: Overrides<'/api/v1/workspaces/{workspaceId}/contacts'> = {}, as?: Role) {
      const customerId = o.customerId ?? (await make.customer()).id;
      return create('contact', as, '/api/v1/workspaces/{workspaceId}/contacts', {
        path,
        body: { name: `Contact ${++n}`, ...o, customerId },
      });
    },
    async feedback(o: Overrides<'/api/v1/workspaces/{workspaceId}/feedback'> = {}, as?: Role) {
      return create('feedback', as, '/api/v1/workspaces/{workspaceId}/feedback', {
        path,
        body: { text: `Feedback ${++n}`, ...o },
      });
    },
    /** A user story body; RICE inputs scoring 2000 × 2 × 80% ÷ 4 = 800 unless overridden. */
    story(productId: string, o: Record<string, unknown> = {}) {
      return <Input<'/api/v1/workspaces/{workspaceId}/features'>>{
        productId,
        title: `Story ${++n}`,
        asA: 'finance lead',
        iWant: 'exports to arrive by email every Monday',
        soThat: 'I stop pulling numbers by hand',
        acceptanceCriteria: ['Choose weekday and time', 'CSV and XLSX'],
        effort: 4,
        scoreInputs: { reach: 2000, impact: 2, confidence: 80 },
        ...o,
      };
    },
    /** A feature: only a title unless given more (no inputs, so no score). */
    async feature(o: Overrides<'/api/v1/workspaces/{workspaceId}/features'> = {}, as?: Role) {
      const productId = o.productId ?? (await make.product()).id;
      return create('feature', as, '/api/v1/workspaces/{workspaceId}/features', {
        path,
        body: { title: `Feature ${++n}`, ...o, productId },
      });
    },
    /** A RICE feature scoring exactly `score` (reach = score, impact 1, confidence 100%, effort 1). */
    async scoredFeature(score: number, o: Record<string, unknown> = {}) {
      const productId = (o.productId as string | undefined) ?? (await make.product()).id;
      return make.feature(
        make.story(productId, { effort: 1, scoreInputs: { reach: score, impact: 1, confidence: 100 }, ...o }),
      );
    },
    /** Links feedback to a feature as its owner would (demand and score follow). */
    async link(featureId: string, feedbackId: string, importance: 'important' | 'critical' = 'important') {
      return create('feature', undefined, '/api/v1/workspaces/{workspaceId}/features/{id}/feedback', {
        path: { ...path, id: featureId },
        body: { feedbackId, importance },
      });
    },
    async release(o: Overrides<'/api/v1/workspaces/{workspaceId}/releases'> = {}, as?: Role) {
      return create('release', as, '/api/v1/workspaces/{workspaceId}/releases', {
        path,
        body: { name: `Release ${++n}`, ...o },
      });
    },
    /** A release moved through the workflow to `status` as its owner would. */
    async releaseIn(status: ReleaseStatus, o: Overrides<'/api/v1/workspaces/{workspaceId}/releases'> = {}) {
      let release = await make.release(o);
      for (const next of workflowPath(RELEASE_TRANSITIONS, 'planned', status)) {
        const res = await client('release').api.patch('/api/v1/workspaces/{workspaceId}/releases/{id}', {
          path: { ...path, id: release.id },
          body: { status: next, version: release.version },
        });
        if (res.statusCode !== 200) throw new Error(`release to ${next}: ${res.statusCode} ${res.body}`);
        release = res.data;
      }
      return release;
    },
    async scoringModel(o: Overrides<'/api/v1/workspaces/{workspaceId}/scoring-models'> = {}, as?: Role) {
      const productId = o.productId ?? (await make.product()).id;
      return create('scoring_model', as, '/api/v1/workspaces/{workspaceId}/scoring-models', {
        path,
        body: { kind: 'rice', ...o, productId },
      });
    },
    async persona(o: Overrides<'/api/v1/workspaces/{workspaceId}/personas'> = {}, as?: Role) {
      return create('persona', as, '/api/v1/workspaces/{workspaceId}/personas', {
        path,
        body: { name: `Persona ${++n}`, title: 'Head of Finance', ...o },
      });
    },
    async competitor(o: Overrides<'/api/v1/workspaces/{workspaceId}/competitors'> = {}, as?: Role) {
      return create('competitor', as, '/api/v1/workspaces/{workspaceId}/competitors', {
        path,
        body: { name: `Rival ${++n}`, ...o },
      });
    },
    async battlecard(o: Overrides<'/api/v1/workspaces/{workspaceId}/battlecards'> = {}, as?: Role) {
      const competitorId = o.competitorId ?? (await make.competitor()).id;
      const productId = o.productId ?? (await make.product()).id;
      return create('battlecard', as, '/api/v1/workspaces/{workspaceId}/battlecards', {
        path,
        body: { ...o, competitorId, productId },
      });
    },
    /** A positioning of a product (a new one unless given), with `statement` as its body: complete unless given. */
    async positioning(
      o: { productId?: string } = {},
      statement: Overrides<'/api/v1/workspaces/{workspaceId}/positioning'> = completePositioning,
      as?: Role,
    ) {
      const productId = o.productId ?? (await make.product()).id;
      return create('positioning', as, '/api/v1/workspaces/{workspaceId}/positioning', {
        path,
        body: { ...statement, productId },
      });
    },
    /** A positioning taken through review to approval. */
    async approvedPositioning(
      o: { productId?: string } = {},
      statement: Overrides<'/api/v1/workspaces/{workspaceId}/positioning'> = completePositioning,
    ) {
      const draft = await make.positioning(o, statement);
      await approve('positioning', draft.id);
      return approve('positioning', draft.id, 'approve');
    },
    /** Messaging for a product and a persona (new ones unless given), with `copy` as its body: complete unless given. */
    async messaging(
      o: { productId?: string; personaId?: string } = {},
      copy: Overrides<'/api/v1/workspaces/{workspaceId}/messaging'> = completeMessaging,
      as?: Role,
    ) {
      const productId = o.productId ?? (await make.product()).id;
      const personaId = o.personaId ?? (await make.persona({ productIds: [productId] })).id;
      return create('messaging', as, '/api/v1/workspaces/{workspaceId}/messaging', {
        path,
        body: { ...copy, productId, personaId },
      });
    },
    /** Messaging taken through review to approval. */
    async approvedMessaging(
      o: { productId?: string; personaId?: string } = {},
      copy: Overrides<'/api/v1/workspaces/{workspaceId}/messaging'> = completeMessaging,
    ) {
      const draft = await make.messaging(o, copy);
      await approve('messaging', draft.id);
      return approve('messaging', draft.id, 'approve');
    },
    async launch(o: Overrides<'/api/v1/workspaces/{workspaceId}/launches'> = {}, as?: Role) {
      return create('launch', as, '/api/v1/workspaces/{workspaceId}/launches', {
        path,
        body: { name: `Launch ${++n}`, tier: 2, launchDate: inDays(30), ...o },
      });
    },
    async releaseNote(o: Overrides<'/api/v1/workspaces/{workspaceId}/release-notes'> = {}, as?: Role) {
      const releaseId = o.releaseId ?? (await make.release()).id;
      return create('release_note', as, '/api/v1/workspaces/{workspaceId}/release-notes', {
        path,
        body: { title: `Release note ${++n}`, ...o, releaseId },
      });
    },
    async requirement(o: Overrides<'/api/v1/workspaces/{workspaceId}/requirements'> = {}, as?: Role) {
      return create('requirement', as, '/api/v1/workspaces/{workspaceId}/requirements', {
        path,
        body: {
          title: `Requirement ${++n}`,
          problem: 'CIOs do not see how our architecture fits their strategy',
          ...o,
        },
      });
    },
    /** A program proposed by marketing for a requirement (a new one unless given). */
    async program(o: Overrides<'/api/v1/workspaces/{workspaceId}/programs'> = {}, as?: Role) {
      const requirementIds = o.requirementIds ?? [(await make.requirement()).id];
      return create('program', as, '/api/v1/workspaces/{workspaceId}/programs', {
        path,
        body: { name: `Program ${++n}`, ...o, requirementIds },
      });
    },
    /** A program proposed by marketing and accepted by product marketing. */
    async acceptedProgram(o: Overrides<'/api/v1/workspaces/{workspaceId}/programs'> = {}) {
      const p = await make.program(o);
      return create(
        'program',
        'product_marketer',
        '/api/v1/workspaces/{workspaceId}/programs/{id}/accept',
        { path: { ...path, id: p.id }, body: {} },
        200,
      );
    },
    async campaign(o: Overrides<'/api/v1/workspaces/{workspaceId}/campaigns'> = {}, as?: Role) {
      const programId = o.programId ?? (await make.acceptedProgram()).id;
      return create('campaign', as, '/api/v1/workspaces/{workspaceId}/campaigns', {
        path,
        body: { name: `Campaign ${++n}`, channel: 'webinar', ...o, programId },
      });
    },
    async touchpoint(
      o: Overrides<'/api/v1/workspaces/{workspaceId}/campaigns/{id}/touchpoints'> & {
        campaignId?: string;
      } = {},
      as?: Role,
    ) {
      const { campaignId = (await make.campaign()).id, ...body } = o;
      return create('touchpoint', as, '/api/v1/workspaces/{workspaceId}/campaigns/{id}/touchpoints', {
        path: { ...path, id: campaignId },
        body: { channel: 'email', stage: 'awareness', ...body },
      });
    },
    async affiliate(o: Overrides<'/api/v1/workspaces/{workspaceId}/affiliates'> = {}, as?: Role) {
      return create('affiliate', as, '/api/v1/workspaces/{workspaceId}/affiliates', {
        path,
        body: { name: `Affiliate ${++n}`, commissionModel: 'percentage', commissionValue: 10, ...o },
      });
    },
    /** A budget line: a quarter's amount for a program, or the quarter's unallocated pool. */
    async budgetLine(o: Overrides<'/api/v1/workspaces/{workspaceId}/budgets'> = {}, as?: Role) {
      const year = new Date().getUTCFullYear();
      return create('budget', as, '/api/v1/workspaces/{workspaceId}/budgets', {
        path,
        body: { year, quarter: 1, planned: 10_000, ...o },
      });
    },
  };

  async function approve(
    kind: 'positioning' | 'messaging',
    id: string,
    step: 'submit' | 'approve' = 'submit',
  ) {
    const route = `/api/v1/workspaces/{workspaceId}/${kind}/{id}/${step}` as const;
    return create(kind, undefined, route, { path: { ...path, id }, body: {} } as never, 200);
  }

  return make;
}

/**
 * What the API does not show, read from the tables behind its back: the stored rows of one workspace and the
 * activity of an entity, to check that a refused request wrote nothing.
 */
export function stored(env: TestEnv, workspaceId: string) {
  const db = env.database.db;
  type Scoped = PgTable & { workspaceId: PgColumn };
  type Keyed = Scoped & { id: PgColumn };
  const scope = (table: Scoped, where?: SQL) => and(eq(table.workspaceId, workspaceId), where);
  return {
    rows: <T extends Scoped>(table: T, where?: SQL) =>
      db
        .select()
        .from(table as PgTable)
        .where(scope(table, where)) as unknown as Promise<T['$inferSelect'][]>,
    async row<T extends Keyed>(table: T, id: string): Promise<T['$inferSelect'] | undefined> {
      const [row] = await db
        .select()
        .from(table as PgTable)
        .where(scope(table, eq(table.id, id)));
      return row as T['$inferSelect'] | undefined;
    },
    count: (table: Scoped, where?: SQL) => db.$count(table, scope(table, where)),
    /** Activity rows of one entity, oldest first. */
    activityOf: (entityId: string) =>
      db
        .select()
        .from(activity)
        .where(and(eq(activity.workspaceId, workspaceId), eq(activity.entityId, entityId)))
        .orderBy(asc(activity.id)),
    /**
     * A feature in a state no single request creates (a stored score, a status reached without walking
     * the workflow): for tests of what is computed from many features, not of how features change.
     */
    async insertFeature(values: Omit<typeof features.$inferInsert, 'workspaceId'>): Promise<string> {
      const [row] = await db
        .insert(features)
        .values({ workspaceId, ...values })
        .returning({ id: features.id });
      return row!.id;
    },
  };
}

/** The shortest sequence of moves from one status to another in a workflow's transition table. */
function workflowPath<S extends string>(transitions: Record<S, readonly S[]>, from: S, to: S): S[] {
  const previous = new Map<S, S>([[from, from]]);
  const queue = [from];
  while (queue.length && !previous.has(to)) {
    const at = queue.shift()!;
    for (const next of transitions[at]) {
      if (!previous.has(next)) {
        previous.set(next, at);
        queue.push(next);
      }
    }
  }
  if (!previous.has(to)) throw new Error(`no way from ${from} to ${to}`);
  const steps: S[] = [];
  for (let at = to; at !== from; at = previous.get(at)!) steps.unshift(at);
  return steps;
}

/** A date `days` before today (UTC), as YYYY-MM-DD, computed independently of the code under test. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

const inDays = (days: number) => daysAgo(-days);

/** A complete positioning body (every statement field filled). */
export const completePositioning = {
  targetCustomer: 'mid-market finance teams',
  customerNeed: 'need numbers everyone trusts',
  marketCategory: 'analytics platform',
  valueThemes: [{ theme: 'One trusted set of numbers', proof: 'Shared semantic layer' }],
  competitiveAlternatives: ['spreadsheets'],
  uniqueAttributes: ['governed self-service'],
  relevantTrends: ['AI copilots in BI'],
};

/** Complete messaging copy: three pillars with proof. */
export const completeMessaging = {
  headline: 'Numbers your whole company trusts',
  valueProposition: 'One governed place for every metric.',
  pillars: [1, 2, 3].map((n) => ({
    title: `Pillar ${n}`,
    description: 'Why it matters',
    proofPoints: [`Proof ${n}`],
  })),
  boilerplateShort: 'Northwind Analytics gives finance one trusted set of numbers.',
  elevatorPitch: 'We help finance teams stop arguing about numbers.',
};
