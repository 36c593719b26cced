import fs from 'node:fs/promises';
import type { WsCtx } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { findUserByEmail } from '../../modules/auth/auth.ts';
import { workspaceCtx } from '../../modules/workspaces/workspaces.ts';
import { withDatabase } from '../runtime.ts';

/**
 * Runs a command's body with an open database. Domain errors become one readable line (main.ts prints
 * `tandem: <message>` and exits non-zero), field errors included.
 */
export async function run<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await withDatabase((database) => fn(database.db));
  } catch (err) {
    if (err instanceof AppError) throw new Error(describeAppError(err));
    throw err;
  }
}

export function describeAppError(err: AppError): string {
  const errors = (err.details.errors as { path: string; message: string }[] | undefined) ?? [];
  const extra = errors
    .filter((e) => !err.message.includes(e.message))
    .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
  return extra.length > 0 ? `${err.message} (${extra.slice(0, 3).join('; ')})` : err.message;
}

/** The context of a member acting in a workspace from the command line, found by email. */
export async function memberCtx(db: Db, workspaceId: string, email: string): Promise<WsCtx> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`No user has the email ${email}`);
  try {
    return await workspaceCtx(
      { db, actor: { userId: user.id, name: user.name, email: user.email } },
      workspaceId,
    );
  } catch {
    throw new Error(`${user.email} is not a member of workspace ${workspaceId}`);
  }
}

/** Writes lines to standard output. */
export const say = (...lines: string[]) => process.stdout.write(`${lines.join('\n')}\n`);

/** Reads a text file, or fails with a one-line reason. */
export async function readText(file: string): Promise<string> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}
