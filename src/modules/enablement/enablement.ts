import type { WsCtx } from '../../core/context.ts';
import { battlecardDocument, launchBriefDocument, onePagerDocument } from './documents.ts';
import { battlecardMarkdown, launchBriefMarkdown, onePagerMarkdown, toHtml } from './render.ts';

export const ENABLEMENT_FORMATS = ['markdown', 'html'] as const;
export type EnablementFormat = (typeof ENABLEMENT_FORMATS)[number];
export type EnablementKind = 'battlecard' | 'one-pager' | 'launch-brief';

export type RenderedDocument = { title: string; filename: string; contentType: string; body: string };

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'document';

/** Renders one enablement document (for the API and the CLI alike). */
export async function renderEnablement(
  ctx: WsCtx,
  kind: EnablementKind,
  id: string,
  options: { format: EnablementFormat; personaId?: string },
): Promise<RenderedDocument> {
  let title: string;
  let markdown: string;
  switch (kind) {
    case 'battlecard': {
      const doc = await battlecardDocument(ctx, id);
      title = `Battlecard ${doc.card.productName} vs ${doc.card.competitorName}`;
      markdown = battlecardMarkdown(doc);
      break;
    }
    case 'one-pager': {
      const doc = await onePagerDocument(ctx, id, options.personaId);
      title = `${doc.product.name} one-pager${doc.messaging ? ` for ${doc.messaging.personaName}` : ''}`;
      markdown = onePagerMarkdown(doc);
      break;
    }
    case 'launch-brief': {
      const doc = await launchBriefDocument(ctx, id);
      title = `Launch brief ${doc.launch.name}`;
      markdown = launchBriefMarkdown(doc);
      break;
    }
    default: {
      const never: never = kind;
      throw new Error(`unknown document ${String(never)}`);
    }
  }
  return options.format === 'html'
    ? {
        title,
        filename: `${slug(title)}.html`,
        contentType: 'text/html; charset=utf-8',
        body: toHtml(title, markdown),
      }
    : { title, filename: `${slug(title)}.md`, contentType: 'text/markdown; charset=utf-8', body: markdown };
}
