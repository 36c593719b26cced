import type { Command } from 'commander';
import { inTransaction } from '../../core/context.ts';
import { importFeedbackCsv } from '../../modules/feedback/import.ts';
import { memberCtx, readText, run, say } from './helpers.ts';

export function registerFeedback(program: Command): void {
  const feedback = program.command('feedback').description('Customer feedback');
  feedback
    .command('import')
    .description('Import feedback from a CSV file; rejected rows are listed with the reason')
    .argument('<workspaceId>', 'the workspace to import into')
    .argument('<file>', 'CSV with a header row; `text` is required')
    .requiredOption('--as <email>', 'the member recorded as having imported the rows')
    .option('--dry-run', 'check every row, write nothing')
    .action(async (workspaceId: string, file: string, opts: { as: string; dryRun?: boolean }) => {
      const text = await readText(file);
      const report = await run(async (db) => {
        const ctx = await memberCtx(db, workspaceId, opts.as);
        return inTransaction(ctx, (tx) => importFeedbackCsv(tx, text, { dryRun: opts.dryRun }));
      });
      say(
        opts.dryRun
          ? `Dry run: ${report.imported} rows would be imported, ${report.rejected.length} rejected.`
          : `Imported ${report.imported} feedback items; ${report.rejected.length} rows rejected.`,
      );
      for (const r of report.rejected) {
        say(`  row ${r.row}: ${r.errors.map((e) => `${e.column}: ${e.message}`).join('; ')}`);
      }
      if (report.rejected.length > 0) process.exitCode = 1;
    });
}
