import type { Command } from 'commander';
import { registerEnablement } from './enablement.ts';
import { registerEventsPrune } from './events-prune.ts';
import { registerFeedback } from './feedback.ts';
import { registerSeed } from './seed.ts';
import { registerUsers } from './users.ts';
import { registerWorkspace } from './workspace.ts';

/** Registers the operator commands (seed, users, tokens, export/import, CSV import, enablement documents). */
export function registerCommands(program: Command): void {
  registerSeed(program);
  registerUsers(program);
  registerWorkspace(program);
  registerFeedback(program);
  registerEnablement(program);
  registerEventsPrune(program);
}
