import fs from 'node:fs/promises';
import type { Command } from 'commander';
import { exportWorkspace } from '../../modules/transfer/export.ts';
import { importWorkspace } from '../../modules/transfer/import.ts';
import { readText, run, say } from './helpers.ts';

export function registerWorkspace(program: Command): void {
  const workspace = program.command('workspace').description('Back up and restore whole workspaces');
  workspace
    .command('export')
    .description('Export a workspace as one JSON document (to a file, or to standard output)')
    .argument('<workspaceId>', 'the workspace to export')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (workspaceId: string, opts: { out?: string }) => {
      const doc = await run((db) => exportWorkspace(db, workspaceId));
      const text = `${JSON.stringify(doc, null, 2)}\n`;
      if (!opts.out) {
        process.stdout.write(text);
        return;
      }
      await fs.writeFile(opts.out, text);
      const rows = Object.values(doc.tables).reduce((n, t) => n + t.length, 0);
      say(
        `Exported workspace "${doc.workspace.name}" (${rows} rows, ${doc.users.length} users) to ${opts.out}`,
      );
    });

  workspace
    .command('import')
    .description('Import an exported JSON document as a new workspace')
    .argument('<file>', 'a file written by `tandem workspace export`')
    .requiredOption(
      '--owner-email <email>',
      "this existing user becomes the new workspace's only member (admin); the file's other members are invited",
    )
    .option('--name <name>', 'name of the new workspace (default: the exported name)')
    .action(async (file: string, opts: { ownerEmail: string; name?: string }) => {
      const text = await readText(file);
      let doc: unknown;
      try {
        doc = JSON.parse(text);
      } catch (err) {
        throw new Error(`${file} is not JSON: ${(err as Error).message}`);
      }
      const result = await run((db) => importWorkspace(db, doc, opts));
      const rows = Object.values(result.counts).reduce((n, c) => n + c, 0);
      say(
        `Imported "${result.name}" as workspace ${result.workspaceId} (${rows} rows; ${result.invited} people invited).`,
      );
    });
}
