import { Anchor, Blockquote, Code, Divider, List, Table, Text, Title } from '@mantine/core';
import { Lexer, type Token, type Tokens } from 'marked';
import { type ReactNode, useMemo } from 'react';
import { ExternalLink, isWebAddress } from '../../components/ExternalLink';

/**
 * Markdown shown as React elements: marked's lexer reads the text, and every token becomes an element React
 * writes, so user text is never HTML. Links follow the app's one URL rule (http(s) through ExternalLink; mailto
 * as a mail link; anything else stays text); images show their alternative text and raw HTML shows as typed,
 * as on the public changelog page.
 */

/** The references marked leaves in text tokens (it escapes a bare `&`, keeps `&amp;` and named ones as typed). */
const REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};
export function decodeText(s: string): string {
  return s.replace(/&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z]+);/g, (all, ref: string) => {
    if (ref[0] !== '#') return REFERENCES[ref] ?? all;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

function isMailAddress(href: string): boolean {
  try {
    return new URL(href).protocol === 'mailto:';
  } catch {
    return false;
  }
}

function link(t: Tokens.Link, key: number): ReactNode {
  const children = inline(t.tokens);
  if (isWebAddress(t.href))
    return (
      <ExternalLink key={key} href={t.href} fz="inherit">
        {children}
      </ExternalLink>
    );
  if (isMailAddress(t.href))
    return (
      <Anchor key={key} href={new URL(t.href).href} fz="inherit">
        {children}
      </Anchor>
    );
  return <span key={key}>{children}</span>;
}

function inline(tokens: readonly Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((t, i): ReactNode => {
    switch (t.type) {
      case 'text':
        return 'tokens' in t && t.tokens ? inline(t.tokens) : decodeText(t.text);
      case 'strong':
        return <strong key={i}>{inline(t.tokens)}</strong>;
      case 'em':
        return <em key={i}>{inline(t.tokens)}</em>;
      case 'del':
        return <del key={i}>{inline(t.tokens)}</del>;
      case 'codespan':
        return <Code key={i}>{t.text}</Code>;
      case 'br':
        return <br key={i} />;
      case 'link':
        return link(t as Tokens.Link, i);
      case 'image':
        return inline(t.tokens);
      case 'checkbox':
        return (t as Tokens.Checkbox).checked ? '☑ ' : '☐ ';
      case 'escape':
      case 'html':
        return t.text;
      default:
        return 'tokens' in t && t.tokens ? inline(t.tokens) : 'text' in t ? String(t.text) : null;
    }
  });
}

function blocks(tokens: readonly Token[], headingOffset: number): ReactNode[] {
  return tokens.map((t, i): ReactNode => {
    switch (t.type) {
      case 'space':
      case 'def':
        return null;
      case 'heading': {
        const order = Math.min(6, t.depth + headingOffset) as 1 | 2 | 3 | 4 | 5 | 6;
        return (
          <Title key={i} order={order} size="h5" mt="sm" mb={4}>
            {inline(t.tokens)}
          </Title>
        );
      }
      case 'paragraph':
        return (
          <Text key={i} size="sm" mb="xs">
            {inline(t.tokens)}
          </Text>
        );
      case 'blockquote':
        return (
          <Blockquote key={i} p="xs" mb="xs">
            {blocks(t.tokens ?? [], headingOffset)}
          </Blockquote>
        );
      case 'code':
        return (
          <Code key={i} block mb="xs">
            {t.text}
          </Code>
        );
      case 'hr':
        return <Divider key={i} my="sm" />;
      case 'list': {
        const l = t as Tokens.List;
        return (
          <List
            key={i}
            type={l.ordered ? 'ordered' : 'unordered'}
            start={l.ordered && l.start !== '' ? l.start : undefined}
            size="sm"
            mb="xs"
            withPadding
          >
            {l.items.map((item, j) => (
              <List.Item key={j}>
                {item.tokens.map((c, k) =>
                  // A tight item's text is inline; a nested list (or a loose item's paragraphs) are blocks.
                  c.type === 'text' || c.type === 'checkbox' ? (
                    <span key={k}>{inline([c])}</span>
                  ) : (
                    <div key={k}>{blocks([c], headingOffset)}</div>
                  ),
                )}
              </List.Item>
            ))}
          </List>
        );
      }
      case 'table': {
        const table = t as Tokens.Table;
        return (
          <Table key={i} withTableBorder mb="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                {table.header.map((c, j) => (
                  <Table.Th key={j}>{inline(c.tokens)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row, r) => (
                <Table.Tr key={r}>
                  {row.map((c, j) => (
                    <Table.Td key={j}>{inline(c.tokens)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        );
      }
      case 'html':
        return (
          <Text key={i} size="sm" mb="xs" style={{ whiteSpace: 'pre-wrap' }}>
            {t.text}
          </Text>
        );
      default:
        return (
          <Text key={i} size="sm" mb="xs">
            {'tokens' in t && t.tokens ? inline(t.tokens) : 'text' in t ? String(t.text) : null}
          </Text>
        );
    }
  });
}

/** A note's Markdown body; its headings start `headingOffset` levels below h1 (under the note's own title). */
export function Markdown({ source, headingOffset = 3 }: { source: string; headingOffset?: number }) {
  const tokens = useMemo(() => Lexer.lex(source, { gfm: true }), [source]);
  return <div className="markdown">{blocks(tokens, headingOffset)}</div>;
}
