/**
 * @mentions in comment text. The picker inserts `@[Display name](userId)`, the form the server resolves;
 * the list shows it back as the name.
 */

export type MentionQuery = { start: number; query: string };

/** The "@nam" being typed just before the caret, or null. A mention starts a word and stays on one line. */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  if (at > 0 && !/\s/.test(before[at - 1]!)) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n[\]()@]/.test(query) || /\s\s/.test(query) || query.startsWith(' '))
    return null;
  return { start: at, query };
}

/** Members whose name (or email) matches what follows the @, best first. */
export function matchMembers<M extends { name: string; email?: string }>(
  members: M[],
  query: string,
  max = 6,
): M[] {
  const q = query.trim().toLowerCase();
  const scored = members
    .map((m) => {
      const name = m.name.toLowerCase();
      const rank = name.startsWith(q)
        ? 0
        : name.split(/\s+/).some((w) => w.startsWith(q))
          ? 1
          : name.includes(q) || (m.email ?? '').toLowerCase().startsWith(q)
            ? 2
            : -1;
      return { m, rank };
    })
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.m.name.localeCompare(b.m.name));
  return scored.slice(0, max).map((x) => x.m);
}

/** Replaces the typed "@que" with the mention token; returns the new text and where the caret goes. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  member: { name: string; userId: string },
): { text: string; caret: number } {
  const token = `@[${member.name}](${member.userId}) `;
  const next = text.slice(0, mention.start) + token + text.slice(caret).replace(/^ /, '');
  return { text: next, caret: mention.start + token.length };
}

export type Segment = { kind: 'text'; text: string } | { kind: 'mention'; name: string; id: string };

const TOKEN = /@\[([^\]]+)\]\(([0-9a-fA-F-]{8,})\)/g;

/** Splits a comment body into text and mentions, for display. */
export function segments(body: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of body.matchAll(TOKEN)) {
    if (m.index > last) out.push({ kind: 'text', text: body.slice(last, m.index) });
    out.push({ kind: 'mention', name: m[1]!, id: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < body.length) out.push({ kind: 'text', text: body.slice(last) });
  return out;
}
