import type { Command } from 'commander';
import { seedDemo } from '../../demo/seed.ts';
import { run, say } from './helpers.ts';

export function registerSeed(program: Command): void {
  program
    .command('seed')
    .description('Seed sample data: --demo creates the "Northwind Analytics" demo workspace and its users')
    .option('--demo', 'seed the demo workspace (refused when it already exists)')
    .action(async (opts: { demo?: boolean }) => {
      if (!opts.demo) throw new Error('Nothing to seed: pass --demo to create the demo workspace');
      const result = await run((db) => seedDemo(db));
      const c = result.counts;
      say(
        `Seeded workspace ${result.workspaceId}: ${c.products} products, ${c.customers} customers, ${c.feedback} feedback items, ${c.features} features, ${c.releases} releases.`,
        result.banner,
      );
    });
}
