import type { Command } from 'commander';
import { prunePartitions } from '../../modules/events/partitions.ts';
import { withDatabase } from '../runtime.ts';
import { say } from './helpers.ts';

/** `tandem events prune`: drops the monthly event partitions older than TANDEM_EVENTS_RETENTION_MONTHS now. */
export function registerEventsPrune(program: Command): void {
  // `events` may already hold other subcommands (import, export): add to it rather than define it twice.
  const events =
    program.commands.find((c) => c.name() === 'events') ??
    program.command('events').description('Market events: import, export, retention');
  events
    .command('prune')
    .description('Drop event partitions older than the retention window (TANDEM_EVENTS_RETENTION_MONTHS)')
    .action(async () => {
      const dropped = await withDatabase((database, config) =>
        prunePartitions(database.db, config.eventsRetentionMonths),
      );
      say(dropped.length > 0 ? `Dropped ${dropped.join(', ')}.` : 'Nothing to drop.');
    });
}
