import type { Command } from 'commander';
import { AppError } from '../../core/errors.ts';
import { seedDemoEvents } from '../../demo/events.ts';
import { seedDemo } from '../../demo/seed.ts';
import { withDatabase } from '../runtime.ts';
import { describeAppError, say } from './helpers.ts';

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description(
      'Seed sample data: --demo creates the "Northwind Analytics" demo workspace, its users and 90 days of market signals',
    )
    .option('--demo', 'seed the demo workspace (refused when it already exists)')
    .action(async (opts: { demo?: boolean }) => {
      if (!opts.demo) throw new Error('Nothing to seed: pass --demo to create the demo workspace');
      const started = Date.now();
      const { result, events } = await withDatabase(async (database, config) => {
        try {
          const result = await seedDemo(database.db);
          // The same events `serve --seed-demo` seeds, through the event writer (demo/events.ts).
          const events = await seedDemoEvents(database, result.workspaceId, {
            retentionMonths: config.eventsRetentionMonths,
          });
          return { result, events };
        } catch (err) {
          if (err instanceof AppError) throw new Error(describeAppError(err));
          throw err;
        }
      });
      const c = result.counts;
      say(
        `Seeded workspace ${result.workspaceId}: ${c.products} products, ${c.customers} customers, ${c.feedback} feedback items, ${c.features} features, ${c.releases} releases, ${events.stored.toLocaleString('en-US')} events over the last 90 days (${((Date.now() - started) / 1000).toFixed(1)} s, the events ${(events.ms / 1000).toFixed(1)} s).`,
        result.banner,
      );
    });
}
