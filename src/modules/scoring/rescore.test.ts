import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import type { WsCtx } from '../../core/context.ts';
import { features } from '../features/schema.ts';
import { factories } from '../../../test/factories.ts';
import { rescoreFeatures } from './rescore.ts';
import { scoringModels } from './schema.ts';

let env: TestEnv;
let team: Team;
let make: ReturnType<typeof factories>;
let ctx: WsCtx;

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Acme');
  make = factories(env, team);
  const user = team.product_manager.user;
  ctx = {
    db: env.database.db,
    actor: { userId: user.id, name: user.name, email: user.email },
    workspaceId: team.workspaceId,
    role: 'product_manager',
  };
});
afterAll(() => env.close());

describe('rescoring a whole product in rounds', () => {
  it.each([
    { chunk: 3, writeBatch: 5 }, // writes mid-walk and at the end
    { chunk: 4, writeBatch: 100 }, // 12 rows: the last read comes back empty
    { chunk: 100, writeBatch: 100 }, // one round
  ])('rescores every feature exactly once with rounds of %o', async (sizes) => {
    const p = (await make.product()).id;
    const made = [];
    // value/effort: values 1–10 with effort 2 score value ÷ 2 (exact halves) once the model switches.
    for (let i = 1; i <= 12; i++) {
      made.push(await make.feature(make.story(p, { effort: 2, scoreInputs: { value: 1 + (i % 10) } })));
    }
    await make.feature(make.story((await make.product()).id, { effort: 2, scoreInputs: { value: 3 } })); // another product
    expect(made.every((f) => f.score === null)).toBe(true); // RICE has no reach/impact/confidence
    await env.database.db
      .insert(scoringModels)
      .values({ workspaceId: team.workspaceId, productId: p, kind: 'value_effort' });
    const changed = await rescoreFeatures(ctx, { productId: p }, sizes);
    expect(changed).toBe(12);
    const rows = await env.database.db
      .select({ id: features.id, score: features.score, inputs: features.scoreInputs })
      .from(features)
      .where(and(eq(features.workspaceId, team.workspaceId), eq(features.productId, p)));
    for (const r of rows) expect(r.score).toBe(r.inputs.value! / 2);
    // Nothing left to change: a second pass reports zero.
    expect(await rescoreFeatures(ctx, { productId: p }, sizes)).toBe(0);
  });
});
