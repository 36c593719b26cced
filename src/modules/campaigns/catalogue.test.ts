import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { testCtx } from '../analytics/memo-testing.ts';
import { campaignsOf } from './catalogue.ts';

/** A workspace's campaigns, kept in the process while their stamp holds (catalogue.ts). */

let env: TestEnv;
let team: Team;
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, `Campaigns ${randomUUID().slice(0, 8)}`);
});
afterAll(() => env.close());

describe('campaignsOf', () => {
  it('keeps the list until a campaign is added, edited or deleted', async () => {
    const ctx = testCtx(env.database.db, team.workspaceId);
    const make = factories(env, team);
    const a = await make.campaign({ name: 'Spring', actualSpend: 100 });
    const first = await campaignsOf(ctx);
    expect(first.map((c) => c.name)).toEqual(['Spring']);
    expect(await campaignsOf(ctx)).toBe(first);
    await make.campaign({ name: 'Summer' });
    const added = await campaignsOf(ctx);
    expect(added.map((c) => c.name).sort()).toEqual(['Spring', 'Summer']);
    const edit = await team.marketer.patch(`${team.ws}/campaigns/${a.id}`, { actualSpend: 250 });
    expect(edit.statusCode, edit.body).toBe(200);
    const edited = await campaignsOf(ctx);
    expect(edited.find((c) => c.id === a.id)!.actualSpend).toBe(250);
    expect((await team.marketer.delete(`${team.ws}/campaigns/${a.id}`)).statusCode).toBe(204);
    expect((await campaignsOf(ctx)).map((c) => c.name)).toEqual(['Summer']);
    // Another workspace's campaigns are its own.
    const other = await newTeam(env.app, `Other ${randomUUID().slice(0, 8)}`);
    expect(await campaignsOf(testCtx(env.database.db, other.workspaceId))).toEqual([]);
  });
});
