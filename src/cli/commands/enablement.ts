import fs from 'node:fs/promises';
import type { Command } from 'commander';
import {
  ENABLEMENT_FORMATS,
  type EnablementFormat,
  type EnablementKind,
  renderEnablement,
} from '../../modules/enablement/enablement.ts';
import { memberCtx, run, say } from './helpers.ts';

/** `tandem enablement battlecard|one-pager|launch-brief <id>`: sales-enablement documents to a file or stdout. */
export function registerEnablement(program: Command): void {
  const cmd = program
    .command('enablement')
    .description('Render sales-enablement documents as Markdown or HTML');
  const kinds: [EnablementKind, string, string][] = [
    ['battlecard', '<battlecardId>', 'A battlecard'],
    [
      'one-pager',
      '<productId>',
      'A product one-pager (positioning, messaging for one persona, shipped features)',
    ],
    ['launch-brief', '<launchId>', 'A launch brief'],
  ];
  for (const [kind, arg, description] of kinds) {
    const sub = cmd
      .command(kind)
      .description(description)
      .argument(arg, 'the document’s subject')
      .requiredOption('--workspace <id>', 'the workspace')
      .requiredOption('--as <email>', 'read as this member (their role decides what they may read)')
      .option('--format <format>', `${ENABLEMENT_FORMATS.join(' or ')}`, 'markdown')
      .option('--out <file>', 'write to this file instead of standard output');
    if (kind === 'one-pager') sub.option('--persona <id>', 'the persona whose messaging to use');
    sub.action(
      async (
        id: string,
        opts: { workspace: string; as: string; format: string; out?: string; persona?: string },
      ) => {
        if (!(ENABLEMENT_FORMATS as readonly string[]).includes(opts.format))
          throw new Error(`--format must be ${ENABLEMENT_FORMATS.join(' or ')}, not ${opts.format}`);
        const doc = await run(async (db) =>
          renderEnablement(await memberCtx(db, opts.workspace, opts.as), kind, id, {
            format: opts.format as EnablementFormat,
            personaId: opts.persona,
          }),
        );
        if (!opts.out) {
          process.stdout.write(doc.body);
          return;
        }
        await fs.writeFile(opts.out, doc.body);
        say(`Wrote ${doc.title} to ${opts.out}`);
      },
    );
  }
}
