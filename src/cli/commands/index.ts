import type { Command } from 'commander';

/** Registers the operator commands (seed, users, tokens, export/import, CSV import). */
export function registerCommands(_program: Command): void {}
