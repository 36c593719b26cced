import { randomBytes } from 'node:crypto';
import readline from 'node:readline';
import type { Command } from 'commander';
import { z } from 'zod';
import { LIMITS } from '../../core/enums.ts';
import { email, name } from '../../http/schemas.ts';
import { createToken, createUser, findUserByEmail } from '../../modules/auth/auth.ts';
import { run, say } from './helpers.ts';

const Password = z
  .string()
  .min(LIMITS.password.min, `must be at least ${LIMITS.password.min} characters`)
  .max(LIMITS.password.max);

/** Validates one option with the same zod schema the API uses, naming the option on failure. */
function valid<T>(option: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`${option}: ${parsed.error.issues[0]!.message}`);
  return parsed.data;
}

/** Asks for a password without echoing it (interactive terminals only). */
async function promptPassword(question: string): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  process.stdout.write(question);
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

export function registerUsers(program: Command): void {
  const user = program.command('user').description('Manage user accounts');
  user
    .command('create')
    .description('Create a user account; without --password, asks for one (or generates and prints one)')
    .requiredOption('--email <email>', 'login email')
    .requiredOption('--name <name>', 'display name')
    .option('--password <password>', `at least ${LIMITS.password.min} characters`)
    .action(async (opts: { email: string; name: string; password?: string }) => {
      const input = {
        email: valid('--email', email(), opts.email),
        name: valid('--name', name(), opts.name),
      };
      let password = opts.password;
      if (password === undefined && process.stdin.isTTY)
        password = (await promptPassword('Password (empty to generate one): ')) || undefined;
      const generated = password === undefined;
      password = valid('--password', Password, password ?? randomBytes(12).toString('base64url'));
      const created = await run((db) => createUser(db, { ...input, password: password! }));
      say(`Created user ${created.email} (${created.id}).`);
      if (generated) say(`Password: ${password}`);
    });

  const token = program.command('token').description('Manage personal API tokens');
  token
    .command('create')
    .description('Create an API token for a user; it is printed once and cannot be shown again')
    .requiredOption('--email <email>', "the token owner's email")
    .requiredOption('--name <name>', 'what the token is for')
    .action(async (opts: { email: string; name: string }) => {
      const label = valid('--name', name(), opts.name);
      const {
        token: secret,
        record,
        owner,
      } = await run(async (db) => {
        const found = await findUserByEmail(db, opts.email);
        if (!found) throw new Error(`No user has the email ${opts.email}`);
        return { ...(await createToken(db, found.id, label)), owner: found.email };
      });
      say(
        `Created token "${record.name}" for ${owner}. Copy it now, it is not shown again:`,
        secret,
        'Use it as: Authorization: Bearer <token>',
      );
    });
}
