/** Escapes LIKE wildcards in user text, for `ilike '%…%'` searches. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Text PostgreSQL cannot store: NUL (U+0000), refused in text and jsonb alike, and lone UTF-16 surrogates,
 * which are not Unicode (the driver would store U+FFFD in their place; jsonb refuses their escapes).
 */
// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored, or undefined when it can. */
export function unstorable(s: string): string | undefined {
  const m = UNSTORABLE.exec(s);
  if (!m) return undefined;
  return m[0] === '\u0000'
    ? 'must not contain the NUL character (\\u0000)'
    : 'must be valid Unicode text (it contains a lone surrogate)';
}
