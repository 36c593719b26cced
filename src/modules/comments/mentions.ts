import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { users } from '../auth/schema.ts';
import { members } from '../workspaces/schema.ts';

/**
 * Mentions in comment bodies. Two forms are understood:
 * - `@[Display name](userId)`: what a web client inserts from its member picker (the name is only for
 *   reading the raw text; the id decides who is mentioned);
 * - `@email@domain`: typed by hand, matched case-insensitively against members' emails.
 * A mention that names no member of the workspace stays in the text as written and notifies no one:
 * a typo or a former colleague should not make a comment fail.
 */

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const TOKEN = new RegExp(`@\\[[^\\]\\n]{1,200}\\]\\((${UUID})\\)`, 'g');
// The @ must not follow a word character, so a plain address ("ada@example.com") is not a mention.
const EMAIL = /(?<![\w.@])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

export type ParsedMention = { kind: 'id'; value: string } | { kind: 'email'; value: string };

/** The mentions written in a body, in order of appearance (duplicates kept). */
export function parseMentions(body: string): ParsedMention[] {
  const found: { at: number; mention: ParsedMention }[] = [];
  for (const m of body.matchAll(TOKEN))
    found.push({ at: m.index, mention: { kind: 'id', value: m[1]!.toLowerCase() } });
  const withoutTokens = body.replace(TOKEN, (t) => ' '.repeat(t.length));
  for (const m of withoutTokens.matchAll(EMAIL))
    found.push({ at: m.index, mention: { kind: 'email', value: m[1]!.toLowerCase() } });
  return found.sort((a, b) => a.at - b.at).map((f) => f.mention);
}

/** The body as a person reads it: `@[Name](id)` tokens shown as `@Name`. */
export function readableMentions(body: string): string {
  return body.replace(TOKEN, (token) => `@${token.slice(2, token.indexOf(']('))}`);
}

/** The ids of the workspace members a body mentions, each once, in order of first mention. */
export async function resolveMentions(ctx: WsCtx, body: string): Promise<string[]> {
  const parsed = parseMentions(body);
  if (parsed.length === 0) return [];
  const ids = parsed.filter((p) => p.kind === 'id').map((p) => p.value);
  const emails = parsed.filter((p) => p.kind === 'email').map((p) => p.value);
  const found = await ctx.db
    .select({ id: users.id, email: users.email })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(
      and(
        eq(members.workspaceId, ctx.workspaceId),
        or(
          ids.length ? inArray(users.id, ids) : undefined,
          emails.length ? inArray(sql`lower(${users.email})`, emails) : undefined,
        ),
      ),
    );
  const byId = new Map(found.map((u) => [u.id, u.id]));
  const byEmail = new Map(found.map((u) => [u.email.toLowerCase(), u.id]));
  const resolved = parsed
    .map((p) => (p.kind === 'id' ? byId.get(p.value) : byEmail.get(p.value)))
    .filter((id): id is string => id !== undefined);
  return [...new Set(resolved)];
}
