import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from './factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from './harness.ts';

/**
 * Refusals people read (issue 12, defect 3): each field error is a plain sentence on its path, and the
 * detail says what is wrong without repeating paths or zod's wording.
 */

let env: TestEnv;
let team: Team;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Messages');
  make = factories(env, team);
});
afterAll(() => env.close());

const DEVELOPER_WORDING = /expected|received|Too big|Too small|Invalid input|body\.|<=|>=/;

describe('validation problems', () => {
  it('says "Use at most 200 characters." on the title, once', async () => {
    const product = await make.product();
    const res = await team.product_manager.post(`${team.ws}/features`, {
      productId: product.id,
      title: 'x'.repeat(201),
    });
    expect(res.statusCode).toBe(400);
    expect(res.data.errors).toEqual([{ path: 'body.title', message: 'Use at most 200 characters.' }]);
    expect(res.data.detail).toBe('Use at most 200 characters.');
    expect(res.data.detail).not.toMatch(DEVELOPER_WORDING);
  });

  it('tells a missing field from a wrong one, and names dates, numbers and choices plainly', async () => {
    const res = await team.marketer.post(`${team.ws}/budgets`, {
      quarter: 5,
      planned: -5000,
      notes: 3,
    });
    expect(res.statusCode).toBe(400);
    const byPath = Object.fromEntries(
      res.data.errors.map((e: { path: string; message: string }) => [e.path, e.message]),
    );
    expect(byPath).toEqual({
      'body.year': 'Required.',
      'body.quarter': 'Use 4 or less.',
      'body.planned': 'Use 0 or more.',
      'body.notes': 'Use text.',
    });
    expect(res.data.detail).toBe('4 fields need changes.');
    for (const e of res.data.errors) expect(e.message).not.toMatch(DEVELOPER_WORDING);

    const program = await team.marketer.post(`${team.ws}/programs`, {
      name: '',
      requirementIds: [],
      startDate: '31/03/2027',
      channels: ['carrier_pigeon'],
    });
    expect(program.statusCode).toBe(400);
    const messages = Object.fromEntries(
      program.data.errors.map((e: { path: string; message: string }) => [e.path, e.message]),
    );
    expect(messages['body.name']).toBe('Required.');
    expect(messages['body.requirementIds']).toBe('Choose at least one.');
    expect(messages['body.startDate']).toBe('Use a date like 2027-03-31.');
    expect(messages['body.channels.0']).toMatch(/^Choose one of: .*email/);
  });

  it('writes the request guard refusals as sentences too', async () => {
    const res = await team.admin.post(`${team.ws}/products`, { name: 'a\u0000b' });
    expect(res.statusCode).toBe(400);
    expect(res.data.errors).toEqual([
      { path: 'body.name', message: 'Must not contain the NUL character (\\u0000).' },
    ]);
    expect(res.data.detail).toBe('Must not contain the NUL character (\\u0000).');
  });
});
