import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestEnv, join, newTeam, newUser, type TestEnv } from '../../../test/harness.ts';

/**
 * Whatever takes access away, or grants it, applies to the very next request (the caller and membership
 * are looked up on every request; test/processes.test.ts checks the same across two processes).
 */
let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('access taken away or granted', () => {
  it('applies a role change and a removal to the next request', async () => {
    const team = await newTeam(env.app);
    const pm = team.product_manager;
    expect((await pm.post(`${team.ws}/products`, { name: 'Before' })).statusCode).toBe(201);
    const demoted = await team.admin.patch(`${team.ws}/members/${pm.user.id}`, { role: 'viewer' });
    expect(demoted.statusCode).toBe(200);
    expect((await pm.post(`${team.ws}/products`, { name: 'After' })).statusCode).toBe(403);
    expect((await team.admin.delete(`${team.ws}/members/${pm.user.id}`)).statusCode).toBe(204);
    expect((await pm.get(`${team.ws}/products`)).statusCode).toBe(404);
  });

  it('lets a new member in at once: a refusal is never remembered', async () => {
    const team = await newTeam(env.app);
    const newcomer = await newUser(env.app, 'Nina');
    expect((await newcomer.get(`${team.ws}/products`)).statusCode).toBe(404);
    await join(team.admin, newcomer, team.ws, 'sales');
    expect((await newcomer.get(`${team.ws}/products`)).statusCode).toBe(200);
  });

  it('refuses a revoked token and a deleted workspace on the next request', async () => {
    const team = await newTeam(env.app);
    const created = await team.admin.post('/api/v1/me/tokens', { name: 'script' });
    const script = new Client(env.app, created.data.token, team.admin.user);
    expect((await script.get(`${team.ws}/products`)).statusCode).toBe(200);
    expect((await team.admin.delete(`/api/v1/me/tokens/${created.data.id}`)).statusCode).toBe(204);
    expect((await script.get(`${team.ws}/products`)).statusCode).toBe(401);
    expect((await team.admin.get(`${team.ws}/products`)).statusCode).toBe(200);
    expect((await team.admin.delete(team.ws)).statusCode).toBe(204);
    expect((await team.admin.get(`${team.ws}/products`)).statusCode).toBe(404);
  });
});
