import { openDatabase } from '../src/db/client.ts';
import { migrate } from '../src/db/migrate.ts';

/** On PostgreSQL, start every run from an empty schema, migrated once. */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return;
  const database = await openDatabase({ engine: 'postgres', url });
  await database.exec('drop schema if exists public cascade; create schema public;');
  await migrate(database.db);
  await database.close();
}
