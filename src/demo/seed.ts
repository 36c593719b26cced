import { count, inArray } from 'drizzle-orm';
import { conflict } from '../core/errors.ts';
import { hashPassword } from '../core/secrets.ts';
import type { Database, Db } from '../db/client.ts';
import { PG, pgCode } from '../db/sql.ts';
import { users } from '../modules/auth/schema.ts';
import { buildDemo, type DemoCounts } from './build.ts';
import { DEMO_PASSWORD, DEMO_WORKSPACE, PEOPLE } from './data/people.ts';
import { type DemoEventsOptions, seedDemoEvents } from './events.ts';

export type DemoResult = { workspaceId: string; counts: DemoCounts; banner: string };

/**
 * Seeds the demo workspace "Northwind Analytics" with its six demo users in one transaction. Refuses
 * (409) when a demo user already exists, so running it twice never duplicates anything.
 */
export async function seedDemo(db: Db): Promise<DemoResult> {
  const taken = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        PEOPLE.map((p) => p.email),
      ),
    );
  if (taken.length > 0) {
    throw conflict(`A demo workspace already exists (${taken[0]!.email} has an account); nothing was seeded`);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  try {
    const { workspaceId, counts } = await db.transaction((tx) =>
      buildDemo(tx as unknown as Db, passwordHash),
    );
    return { workspaceId, counts, banner: demoBanner() };
  } catch (err) {
    // Another process seeded at the same moment (several app servers starting on one database).
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict('A demo workspace already exists; nothing was seeded');
    throw err;
  }
}

/**
 * Seeds the demo when the database has no users at all, then its 90 days of market signals through the event
 * writer (events.ts; after the demo's transaction, so a crash in between leaves a demo without events, never
 * a second demo); returns the login banner, if seeded.
 */
export async function seedDemoIfEmpty(
  database: Database,
  options: DemoEventsOptions = {},
): Promise<string | undefined> {
  const [row] = await database.db.select({ n: count() }).from(users);
  if ((row?.n ?? 0) > 0) return undefined;
  let demo: DemoResult;
  try {
    demo = await seedDemo(database.db);
  } catch (err) {
    if (err instanceof Error && err.name === 'AppError') return undefined;
    throw err;
  }
  await seedDemoEvents(database, demo.workspaceId, options);
  return demo.banner;
}

/** The lines printed after the URL: who to log in as, and with which password. */
export function demoBanner(): string {
  const width = Math.max(...PEOPLE.map((p) => p.email.length));
  const lines = PEOPLE.map((p) => `  ${p.email.padEnd(width)}  ${p.role.replaceAll('_', ' ')}`);
  return [
    `Demo workspace "${DEMO_WORKSPACE}" created. Log in with any of these (password: ${DEMO_PASSWORD}):`,
    ...lines,
  ].join('\n');
}
