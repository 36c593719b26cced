import fs from 'node:fs';
import type { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { row } from '../../db/sql.ts';
import { createEventSink } from '../../modules/events/writer.ts';
import { withDatabase } from '../runtime.ts';
import { exportLines, findSource, importLines, lineParser } from './events-io.ts';
import { say } from './helpers.ts';

const date = (flag: string, v: string | undefined): Date | undefined => {
  if (v === undefined) return undefined;
  const d = new Date(v);
  if (Number.isNaN(d.getTime()))
    throw new Error(`${flag}: "${v}" is not a date (use 2026-01-31 or an ISO time).`);
  return d;
};

/** `tandem events import` (a PostHog or Segment export of JSON lines) and `tandem events export`. */
export function registerEvents(program: Command): void {
  const events = program.command('events').description('Market signals: events in and out');
  events
    .command('import')
    .description('Load an export file (JSON lines, one message a line) through the ingestion path')
    .argument('<file>', 'JSON lines file')
    .requiredOption('--workspace <id>', 'the workspace')
    .requiredOption('--source <id>', 'the source the events are recorded under')
    .requiredOption('--format <format>', 'segment or posthog')
    .action(async (file: string, opts: { workspace: string; source: string; format: string }) => {
      const parse = lineParser(opts.format);
      if (typeof parse === 'string') throw new Error(parse);
      if (!fs.existsSync(file)) throw new Error(`Cannot read ${file}: ENOENT`);
      const report = await withDatabase(async (database) => {
        const source = await findSource(database.db, opts.workspace, opts.source);
        if (typeof source === 'string') throw new Error(source);
        const sink = createEventSink(database);
        try {
          return await importLines(fs.createReadStream(file), parse, sink, source);
        } finally {
          await sink.close();
        }
      });
      say(
        `Read ${report.lines} lines: ${report.stored} events stored, ${report.duplicates} duplicates, ${report.dropped} dropped.`,
      );
      for (const b of report.bad) say(`  line ${b.line}: ${b.reason}`);
      if (report.dropped > report.bad.length)
        say(`  (${report.dropped - report.bad.length} more dropped lines not listed)`);
      if (report.dropped > 0) process.exitCode = 1;
    });
  events
    .command('export')
    .description("Stream a workspace's events to standard output as JSON lines, oldest first")
    .requiredOption('--workspace <id>', 'the workspace')
    .option('--from <date>', 'from this time (inclusive)')
    .option('--to <date>', 'until this time (exclusive)')
    .action(async (opts: { workspace: string; from?: string; to?: string }) => {
      const window = { from: date('--from', opts.from), to: date('--to', opts.to) };
      await withDatabase(async (database) => {
        const ws = /^[0-9a-f-]{36}$/i.test(opts.workspace)
          ? await row(database.db, sql`select 1 from workspaces where id = ${opts.workspace}`)
          : undefined;
        if (!ws) throw new Error(`No workspace ${opts.workspace}.`);
        await exportLines(database.db, opts.workspace, window, (line) =>
          process.stdout.write(line)
            ? Promise.resolve()
            : new Promise((r) => process.stdout.once('drain', r)),
        );
      });
    });
}
