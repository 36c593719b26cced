import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv, uniqueAddress, uniqueEmail } from '../../../test/harness.ts';
import { passwordWeakness } from './password-strength.ts';
import { users } from './schema.ts';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const signup = (payload: { email: string; password: string; name: string }) =>
  env.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload, remoteAddress: uniqueAddress() });

describe('password strength on sign-up', () => {
  it.each([
    ['password12', /commonly used password/],
    ['aaaaaaaaaa', /Repeated characters/],
    ['1234567890', /frequently used password/],
  ])(
    'refuses %s with a 422 on the password field that says why, and creates nothing',
    async (password, why) => {
      const email = uniqueEmail('weak');
      const res = await signup({ email, password, name: 'Wendy Weak' });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json();
      expect(problem.errors).toEqual([{ path: 'password', message: expect.stringMatching(why) }]);
      expect(problem.detail).toMatch(why);
      expect(await env.database.db.select().from(users).where(eq(users.email, email))).toEqual([]);
    },
  );

  it("refuses a password containing the email's name or the person's name, naming it", async () => {
    const email = `priya.sharma.${Date.now()}@example.test`;
    const fromEmail = await signup({ email, password: 'Priya2024!!x', name: 'P. S.' });
    expect(fromEmail.statusCode).toBe(422);
    expect(fromEmail.json().errors[0]).toEqual({
      path: 'password',
      message: expect.stringContaining('"priya"'),
    });
    const fromName = await signup({
      email: uniqueEmail('ps'),
      password: 'quiet sharma evenings',
      name: 'Priya Sharma',
    });
    expect(fromName.statusCode).toBe(422);
    expect(fromName.json().errors[0].message).toContain('"sharma"');
  });

  it('accepts a strong password', async () => {
    expect(
      (await signup({ email: uniqueEmail('strong'), password: 'quiet sharma evenings', name: 'Kim' }))
        .statusCode,
    ).toBe(201);
  });
});

describe('the passwords the test suites sign up with', () => {
  // Each with the name its test gives (test/harness.ts, api.test.ts, processes.test.ts, workspaces.test.ts,
  // auth tests, web/e2e/harness.ts): a test password the check refuses would fail that suite.
  it.each([
    ['correct horse battery', 'ada.x1@example.test', 'Ada Admin'],
    ['correct horse battery', 'viewer.x1@e2e.test', 'Vic Viewer'],
    ['a long enough secret', 'signup.x1@example.test', 'Sam'],
    ['second process sees it', 'twin.1@example.test', 'Twin'],
    ['one shared database', 'procs.1@example.test', 'Proc'],
    ['joining later today', 'invitee.x1@example.test', 'Ivy'],
    ['load test passphrase', 'bench@example.test', 'Bench'],
  ])('accepts %s for %s', async (password, email, name) => {
    expect(await passwordWeakness(password, { email, name })).toBeNull();
  });
});
