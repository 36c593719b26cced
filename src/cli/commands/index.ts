import type { Command } from 'commander';
import { registerFeedback } from './feedback.ts';
import { registerSeed } from './seed.ts';
import { registerUsers } from './users.ts';
import { registerWorkspace } from './workspace.ts';

/** Registers the operator commands (seed, users, tokens, export/import, CSV import). */
export function registerCommands(program: Command): void {
  registerSeed(program);
  registerUsers(program);
  registerWorkspace(program);
  registerFeedback(program);
}
