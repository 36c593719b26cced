import { describe, expect, it } from 'vitest';
import { type Commentable, COMMENT_SUBJECT } from './commentable';

// "Add comments wherever the matrix allows them" (issue 12), held by structure:
// the matrix grants comments only on commentable kinds (src/policies/ownership.test.ts); COMMENT_SUBJECT
// lists every commentable kind (typed by the API, so a new kind fails the type check); and here, every
// kind it lists must have a screen that renders its discussion.

/** The source of every screen, as Vite reads it. */
const screens = import.meta.glob<string>('../pages/**/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Kinds whose screen another branch of issue 12 builds (releases and products: the catalog branch). Until it
 * is merged their screen is missing here; once the screen exists, the test below holds it to render comments
 * like any other (the lead empties this list at merge).
 */
const SCREEN_ON_ANOTHER_BRANCH: readonly Commentable[] = [];

const USE = /<(Comments|FoldedComments)\b([^>]*)>/g;

/** Which files render a discussion for which kind; a use that does not name its kind literally is an error. */
function discussions() {
  const byKind = new Map<string, string[]>();
  const unnamed: string[] = [];
  for (const [file, source] of Object.entries(screens)) {
    // The old import path re-exports the component; it renders nothing itself.
    if (file.endsWith('/features/Comments.tsx')) continue;
    for (const use of source.matchAll(USE)) {
      const kind = /\bentityType="([a-z_]+)"/.exec(use[2]!)?.[1];
      if (!kind) unnamed.push(`${file}: ${use[0].slice(0, 80)}`);
      else byKind.set(kind, [...(byKind.get(kind) ?? []), file]);
    }
  }
  return { byKind, unnamed };
}

describe('every commentable kind has a screen showing its comments', () => {
  const { byKind, unnamed } = discussions();
  const kinds = Object.keys(COMMENT_SUBJECT) as Commentable[];

  it.each(kinds)('%s', (kind) => {
    const files = byKind.get(kind) ?? [];
    if (files.length === 0 && SCREEN_ON_ANOTHER_BRANCH.includes(kind)) return;
    expect(files, `no screen under web/src/pages renders <Comments entityType="${kind}" …>`).not.toEqual([]);
  });

  it('names the kind literally wherever comments are rendered, and only commentable kinds', () => {
    expect(unnamed).toEqual([]);
    expect([...byKind.keys()].filter((k) => !(k in COMMENT_SUBJECT))).toEqual([]);
  });

  it('finds the screens it reads (the glob is not empty)', () => {
    expect(Object.keys(screens).length).toBeGreaterThan(20);
    expect(byKind.get('feature')).toEqual(['../pages/features/FeatureDetail.tsx']);
  });
});
