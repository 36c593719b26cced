import { createHash } from 'node:crypto';
import { Marked, type Tokens } from 'marked';
import type { BattlecardDocument, LaunchBriefDocument, OnePagerDocument } from './documents.ts';

/**
 * Sales-enablement documents rendered to Markdown, and from the Markdown to one self-contained HTML page.
 * User text is written into Markdown as it is (so the .md reads naturally). The HTML conversion owns every
 * tag it writes: each token's text, raw HTML included, goes through the escaping below, link text is
 * rendered from its tokens by the same renderer (never interpolated raw), and a link survives only when
 * its URL is http(s) or mailto. No image, no script, no user-made attribute can reach the page.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Plain text (raw HTML, code, attribute values, the title): every special character escaped. */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
/**
 * Markdown text: marked has already resolved numeric character references in text tokens (and escaped a
 * bare `&` next to them), so a complete character reference is kept as one; in element content it can only
 * ever stand for a character, never for markup.
 */
const escapeText = (s: string) =>
  s.replace(/[<>"']|&(?!#\d{1,7};|#[xX][\da-fA-F]{1,6};|[a-zA-Z][a-zA-Z\d]*;)/g, (c) => ESCAPES[c]!);

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/**
 * The URL a link may carry, or null. It is parsed by the WHATWG URL parser, as a browser would (so case,
 * tabs, newlines and leading spaces cannot hide a scheme), and written back fully escaped, so the browser
 * decodes the attribute to exactly the URL checked here: no character reference can turn into a scheme.
 */
export function safeLinkUrl(href: string): string | null {
  if (!URL.canParse(href)) return null;
  const url = new URL(href);
  return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
}

const marked = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    text(token) {
      // Ignores marked's `escaped` flag: inside an unclosed <pre> it would pass text through raw.
      return 'tokens' in token && token.tokens
        ? this.parser.parseInline(token.tokens)
        : escapeText(token.text);
    },
    codespan: ({ text }) => `<code>${escapeHtml(text)}</code>`,
    code: ({ text }) => `<pre><code>${escapeHtml(text)}</code></pre>\n`,
    link(token: Tokens.Link) {
      const content = token.autolink ? escapeHtml(token.text) : this.parser.parseInline(token.tokens);
      const url = safeLinkUrl(token.href);
      if (!url) return content;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<a href="${escapeHtml(url)}"${title}>${content}</a>`;
    },
    // No images: an export loads nothing. The alternative text stays, rendered like any other text.
    image(token: Tokens.Image) {
      return this.parser.parseInline(token.tokens);
    },
  },
});

/**
 * Markdown to HTML through the one escaping path above (the public changelog renders its notes with it), its
 * headings moved `headingOffset` levels down (at most h6) to sit under the embedding page's own.
 */
export function markdownToHtml(markdown: string, headingOffset = 0): string {
  const tokens = marked.lexer(markdown);
  marked.walkTokens(tokens, (t) => {
    if (t.type === 'heading') t.depth = Math.min(6, t.depth + headingOffset);
  });
  return marked.parser(tokens);
}
export { escapeHtml };

/** One line of user text inside Markdown: newlines folded, table pipes escaped where it lands in a table. */
const line = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
const cell = (s: string) => line(s).replaceAll('|', '\\|');
const bullets = (items: string[]) =>
  items.length > 0 ? items.map((i) => `- ${line(i)}`).join('\n') : '_None yet._';
const section = (title: string, body: string) => `## ${title}\n\n${body}\n`;

export function battlecardMarkdown({ card }: BattlecardDocument): string {
  const parts = [
    `# Battlecard: ${line(card.productName)} vs ${line(card.competitorName)}\n`,
    card.stale
      ? `> **Stale:** ${card.lastReviewedOn ? `last reviewed ${card.lastReviewedOn}` : 'never reviewed'}; check it before you rely on it.\n`
      : `_Last reviewed ${card.lastReviewedOn}; next review due ${card.reviewDueOn}._\n`,
    section('When you meet them', line(card.whenYouMeetThem) || '_Not written yet._'),
    section(
      'Quick comparison',
      card.quickComparison.length > 0
        ? [
            `| | ${cell(card.productName)} | ${cell(card.competitorName)} |`,
            '|---|---|---|',
            ...card.quickComparison.map((r) => `| ${cell(r.dimension)} | ${cell(r.us)} | ${cell(r.them)} |`),
          ].join('\n')
        : '_None yet._',
    ),
    section(
      'Our strengths',
      card.ourStrengths.length > 0
        ? card.ourStrengths.map((s) => `- **${line(s.point)}**: ${line(s.proof)}`).join('\n')
        : '_None yet._',
    ),
    section('Their strengths (be honest)', bullets(card.theirStrengths)),
    section(
      'Objection handling',
      card.objections.length > 0
        ? card.objections.map((o) => `- **“${line(o.objection)}”**: ${line(o.response)}`).join('\n')
        : '_None yet._',
    ),
    section('Landmines to plant', bullets(card.landmines)),
    section('Win themes', bullets(card.winThemes)),
  ];
  return parts.join('\n');
}

export function onePagerMarkdown(doc: OnePagerDocument): string {
  const { product, positioning, messaging, features } = doc;
  const parts = [`# ${line(product.name)}\n`];
  if (messaging) parts.push(`**${line(messaging.headline)}**\n`, `${line(messaging.valueProposition)}\n`);
  parts.push(
    section(
      'Positioning',
      positioning?.statement ? line(positioning.statement) : '_No approved positioning yet._',
    ),
  );
  if (messaging) {
    parts.push(
      section(
        `Why ${line(messaging.personaName)} chooses us`,
        messaging.pillars
          .map((p) => `### ${line(p.title)}\n\n${line(p.description)}\n\n${bullets(p.proofPoints)}`)
          .join('\n\n'),
      ),
    );
    if (messaging.boilerplateMedium || messaging.boilerplateShort)
      parts.push(section('About', line(messaging.boilerplateMedium || messaging.boilerplateShort)));
  } else parts.push(section('Messaging', '_No approved messaging yet._'));
  parts.push(
    section(
      'Recently shipped',
      features.length > 0
        ? features
            .map(
              (f) =>
                `- **${line(f.title)}**${f.iWant ? `: ${line(f.iWant)}${f.soThat ? `, so that ${line(f.soThat)}` : ''}` : ''}`,
            )
            .join('\n')
        : '_Nothing shipped yet._',
    ),
  );
  return parts.join('\n');
}

const ROLE_NAMES = {
  product_manager: 'Product management',
  product_marketer: 'Product marketing',
  marketer: 'Marketing',
  sales: 'Sales',
} as const;

export function launchBriefMarkdown(doc: LaunchBriefDocument): string {
  const { launch, release, features, positioning, messaging, tasks, requirements } = doc;
  const r = launch.readiness;
  const parts = [
    `# Launch brief: ${line(launch.name)}\n`,
    `**Tier ${launch.tier}** · launch date **${launch.launchDate}** · status ${launch.status.replace('_', ' ')} · readiness **${r.percent}%** (${r.done} of ${r.total} tasks done)\n`,
    section('Goals', bullets(launch.goals)),
  ];
  if (launch.description) parts.push(`${line(launch.description)}\n`);
  parts.push(
    section(
      release ? `What ships in ${line(release.name)} (${release.targetDate ?? 'undated'})` : 'What ships',
      features.length > 0
        ? features.map((f) => `- ${line(f.title)} (${f.status.replace('_', ' ')})`).join('\n')
        : '_No release or no features linked._',
    ),
    section(
      'Positioning',
      positioning?.statement ? line(positioning.statement) : '_No approved positioning yet._',
    ),
    section(
      'Messaging by persona',
      messaging.length > 0
        ? messaging
            .map(
              (m) =>
                `### ${line(m.personaName)}\n\n**${line(m.headline)}**: ${line(m.valueProposition)}\n\n${bullets(m.pillars.map((p) => p.title))}`,
            )
            .join('\n\n')
        : '_No approved messaging yet._',
    ),
    section(
      'Overdue',
      r.overdue.length > 0
        ? r.overdue.map((t) => `- ${t.dueDate}: ${line(t.title)} (${ROLE_NAMES[t.ownerRole]})`).join('\n')
        : '_Nothing overdue._',
    ),
  );
  for (const role of Object.keys(ROLE_NAMES) as (keyof typeof ROLE_NAMES)[]) {
    const mine = tasks.filter((t) => t.ownerRole === role);
    if (mine.length === 0) continue;
    parts.push(
      section(
        `${ROLE_NAMES[role]}: ${r.byRole[role].done}/${r.byRole[role].total} done`,
        mine
          .map(
            (t) =>
              `- [${t.status === 'done' ? 'x' : ' '}] ${t.dueDate}: ${line(t.title)}${t.status === 'skipped' ? ' (skipped)' : ''}`,
          )
          .join('\n'),
      ),
    );
  }
  parts.push(
    section(
      'Requirements handed to marketing',
      requirements.length > 0
        ? requirements
            .map(
              (q) =>
                `- **${line(q.title)}** (${q.priority}, ${q.covered ? 'covered' : 'not yet covered'})${q.programs.length > 0 ? `: ${q.programs.map((p) => `${line(p.name)} [${p.status.replace('_', ' ')}]`).join(', ')}` : ''}`,
            )
            .join('\n')
        : '_None filed._',
    ),
  );
  return parts.join('\n');
}

const STYLE = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:780px;margin:2rem auto;padding:0 1rem;color:#1a1b1e}
h1{font-size:1.7rem;border-bottom:2px solid #228be6;padding-bottom:.3rem}h2{font-size:1.2rem;margin-top:1.6rem;color:#1c4f80}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ced4da;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f3f5}blockquote{margin:0;padding:.5rem 1rem;background:#fff4e6;border-left:4px solid #fd7e14}
footer{margin-top:2rem;color:#868e96;font-size:.8rem}@media print{body{margin:0}}`;

/** The export's one inline style sheet, as a Content-Security-Policy source (no other style may apply). */
export const EXPORT_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;
/**
 * Carried in the page itself as well as in the HTTP answer, so a downloaded copy opened from disk runs no
 * script and loads nothing either.
 */
const PAGE_POLICY = `default-src 'none'; style-src ${EXPORT_STYLE_HASH}; base-uri 'none'; form-action 'none'`;

/** One self-contained HTML page from a document's Markdown (no external assets). */
export function toHtml(title: string, markdown: string, generatedAt = new Date()): string {
  const body = marked.parse(markdown, { async: false });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>${body}<footer>Generated by Tandem on ${generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC</footer></body></html>
`;
}
