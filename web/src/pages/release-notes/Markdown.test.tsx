import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

const show = (source: string) =>
  render(
    <MantineProvider>
      <Markdown source={source} headingOffset={2} />
    </MantineProvider>,
  ).container;

describe('Markdown', () => {
  it('keeps nested lists, task items, tables and code as structure, not as typed marks', () => {
    const root = show(
      [
        '- Exports',
        '  - CSV',
        '  - [x] Excel',
        '',
        '| Plan | Limit |',
        '|---|---|',
        '| Pro | 10 |',
        '',
        '```',
        '<b>as typed</b>',
        '```',
      ].join('\n'),
    );
    expect(root.querySelectorAll('ul')).toHaveLength(2);
    expect(root.querySelector('ul ul')!.textContent).toBe('CSV☑ Excel');
    expect(screen.getByRole('columnheader', { name: 'Plan' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '10' })).toBeTruthy();
    expect(root.querySelector('pre')!.textContent).toBe('<b>as typed</b>');
    expect(root.querySelector('b')).toBeNull();
  });

  it('starts headings below the page’s own and links only http(s) and mailto', () => {
    const root = show(
      '# Top\n\n[web](https://a.test) [mail](mailto:x@a.test) [no](data:text/html,x) <https://b.test>',
    );
    expect(screen.getByRole('heading', { name: 'Top' }).tagName).toBe('H3');
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://a.test',
      'mailto:x@a.test',
      'https://b.test',
    ]);
    expect(root.textContent).toContain('no');
  });
});
