import cluster, { type Worker } from 'node:cluster';
import type { Config } from '../config.ts';
import { scheduleRetention } from '../modules/events/retention.ts';
import { openConfigured } from './runtime.ts';
import { announce, type ServeOptions, serve } from './serve.ts';

/**
 * `tandem serve` as several processes (TANDEM_WORKERS or --workers above 1, PostgreSQL server only). One
 * Node process runs JavaScript on one core; more workers let the HTTP side use the machine's other cores.
 *
 * The primary migrates and seeds once, then forks the workers, which share the port (Node's cluster module
 * hands connections out in turn). Nothing a request needs lives in one process: sessions, login failures
 * and tokens are in the database and looked up on every request, so any worker can answer any request
 * and a revocation applies to the next request on every worker. A worker that dies is replaced; workers that keep dying right after they
 * start stop the server rather than loop.
 */
export async function serveWorkers(config: Config, workers: number, options: ServeOptions): Promise<void> {
  if (!config.databaseUrl)
    throw new Error(
      `${workers} workers need a PostgreSQL server (DATABASE_URL): the embedded database allows one process`,
    );
  if (cluster.isWorker) {
    const { database } = await openConfigured(config);
    await serve(config, database, { quiet: true });
    return;
  }
  const { database } = await openConfigured(config);
  const banner = options.beforeListen ? await options.beforeListen(database) : undefined;
  await database.close();
  // Event retention, once for all workers: the primary opens the database for each daily run only.
  scheduleRetention(
    async () => {
      const opened = await openConfigured(config);
      return { db: opened.database.db, release: () => opened.database.close() };
    },
    config.eventsRetentionMonths,
    (message) => process.stdout.write(`tandem: ${message}\n`),
  );

  const started = new Map<Worker, number>();
  let quickDeaths = 0;
  let stopping = false;
  let exitCode = 0;
  const fork = () => started.set(cluster.fork(), Date.now());
  for (let i = 0; i < workers; i++) fork();

  let listening = 0;
  cluster.on('listening', (_worker, address) => {
    listening++;
    if (listening !== workers) return;
    announce(config, address.port, `PostgreSQL server, ${workers} workers`, banner);
  });

  cluster.on('exit', (worker, code, signal) => {
    const since = started.get(worker) ?? 0;
    started.delete(worker);
    if (stopping) {
      if (started.size === 0) process.exit(exitCode);
      return;
    }
    quickDeaths = Date.now() - since < QUICK_DEATH_MS ? quickDeaths + 1 : 0;
    const how = signal ? `signal ${signal}` : `code ${code}`;
    if (quickDeaths >= MAX_QUICK_DEATHS) {
      process.stderr.write(`tandem: workers keep exiting right after they start (${how}); stopping\n`);
      stopping = true;
      for (const w of started.keys()) w.process.kill('SIGTERM');
      exitCode = 1;
      if (started.size === 0) process.exit(exitCode);
      return;
    }
    process.stderr.write(`tandem: worker ${worker.process.pid} exited (${how}); starting another\n`);
    fork();
  });

  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const w of started.keys()) w.process.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** A worker that exits sooner than this after starting counts as a failed start. */
const QUICK_DEATH_MS = 10_000;
/** Failed starts in a row before the server gives up. */
const MAX_QUICK_DEATHS = 5;
