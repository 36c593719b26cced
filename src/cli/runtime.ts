import { type Config, loadConfig } from '../config.ts';
import { type Database, openDatabase } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in TANDEM_DATA_DIR) and migrates it. */
export async function openConfigured(
  config: Config = loadConfig(),
): Promise<{ config: Config; database: Database }> {
  const database = config.databaseUrl
    ? await openDatabase({ engine: 'postgres', url: config.databaseUrl, prepare: config.pgPrepare })
    : await openDatabase({ engine: 'pglite', dataDir: config.dataDir });
  await migrate(database.db);
  return { config, database };
}

/** Runs a CLI action with an open database, closing it afterwards and turning errors into a clean exit. */
export async function withDatabase<T>(fn: (database: Database, config: Config) => Promise<T>): Promise<T> {
  const { config, database } = await openConfigured();
  try {
    return await fn(database, config);
  } finally {
    await database.close();
  }
}
