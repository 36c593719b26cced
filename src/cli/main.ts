import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { type Database, DataDirLockedError } from '../db/client.ts';
import { openConfigured, withDatabase } from './runtime.ts';
import { serve } from './serve.ts';
import { serveWorkers } from './workers.ts';

const program = new Command()
  .name('tandem')
  .description('Tandem: product management, product marketing and marketing on one source of truth')
  .showHelpAfterError();

program
  .command('serve')
  .description('Start the server (migrates first)')
  .option('--seed-demo', 'seed the demo workspace when the database has no users yet')
  .option('--workers <n>', 'HTTP worker processes, or auto for one per core (PostgreSQL server only)')
  .action(async (opts: { seedDemo?: boolean; workers?: string }) => {
    // Through the environment, so the value is checked like TANDEM_WORKERS and workers inherit it.
    if (opts.workers !== undefined) process.env.TANDEM_WORKERS = opts.workers;
    const config = loadConfig();
    const hooks = opts.seedDemo
      ? {
          beforeListen: async (db: Database) => {
            const { seedDemoIfEmpty } = await import('../demo/seed.ts');
            return seedDemoIfEmpty(db, { retentionMonths: config.eventsRetentionMonths });
          },
        }
      : {};
    if (config.workers > 1) return serveWorkers(config, config.workers, hooks);
    const { database } = await openConfigured(config);
    await serve(config, database, hooks);
  });

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(async () => {
    await withDatabase(async () => {
      process.stdout.write('Database is up to date.\n');
    });
  });

// Further commands register themselves here (see src/cli/commands/*).
const { registerCommands } = await import('./commands/index.ts');
registerCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof DataDirLockedError) {
    process.stderr.write(`tandem: ${err.message}\n`);
    process.exit(2);
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`tandem: ${message}\n`);
  process.exit(1);
}
