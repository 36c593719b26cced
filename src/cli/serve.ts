import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import { buildApp } from '../http/app.ts';
import { scheduleRetention } from '../modules/events/retention.ts';

export type ServeOptions = {
  /** Called once the database is migrated, before listening (the demo seed hooks in here). */
  beforeListen?: (database: Database) => Promise<string | undefined>;
  /** No start-up banner: a worker process, whose primary prints one for all (workers.ts). */
  quiet?: boolean;
};

/** Starts the HTTP server and keeps it running until SIGINT/SIGTERM. */
export async function serve(config: Config, database: Database, options: ServeOptions = {}) {
  const banner = options.beforeListen ? await options.beforeListen(database) : undefined;
  const webDir = builtWebApp();
  const app = await buildApp({
    database,
    config,
    webDir,
    trustProxy: config.trustProxy,
    verifyResponses: process.env.TANDEM_VERIFY_RESPONSES === 'true',
  });
  await app.listen({ port: config.port, host: config.host });
  // Event retention runs in one process: here, unless this is a worker (then its primary runs it).
  const stopRetention = cluster.isWorker
    ? () => {}
    : scheduleRetention(
        async () => ({ db: database.db, release: async () => {} }),
        config.eventsRetentionMonths,
        (message) => app.log.info(message),
      );
  if (!options.quiet) {
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const engine =
      database.engine === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
    announce(config, port, engine, banner);
  }
  let closing = false;
  const stop = async () => {
    if (closing) return;
    closing = true;
    stopRetention();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return app;
}

/** The start-up lines: where Tandem answers, its API docs, and the demo's banner when it was just seeded. */
export function announce(config: Config, port: number, engine: string, banner: string | undefined) {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  process.stdout.write(`\nTandem is running at http://${host}:${port}  (${engine})\n`);
  process.stdout.write(`API docs: http://${host}:${port}/api/docs\n`);
  if (!builtWebApp())
    process.stdout.write('The web app is not built: run `npm run build:web` (npm start does it for you).\n');
  if (banner) process.stdout.write(`${banner}\n`);
}

/** web/dist when the web app has been built, so the server serves it at /. */
function builtWebApp(): string | undefined {
  const dir = fileURLToPath(new URL('../../web/dist/', import.meta.url));
  return existsSync(join(dir, 'index.html')) ? dir : undefined;
}
