import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ExternalLink, isWebAddress } from './ExternalLink';

describe('ExternalLink', () => {
  it('links only to http(s) addresses, as the URL parser reads them', () => {
    expect(isWebAddress('https://example.com/a')).toBe(true);
    expect(isWebAddress('http://example.com')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'example.com',
      '',
    ])
      expect(isWebAddress(bad)).toBe(false);
  });

  it('renders a script address as text, not as a link', () => {
    render(
      <MantineProvider>
        <ExternalLink href="javascript:alert(document.domain)">evil</ExternalLink>
        <ExternalLink href="https://example.com">good</ExternalLink>
      </MantineProvider>,
    );
    expect(screen.getByText('evil').closest('a')).toBeNull();
    const good = screen.getByText('good').closest('a')!;
    expect(good.getAttribute('href')).toBe('https://example.com');
    expect(good.getAttribute('rel')).toBe('noreferrer noopener');
  });
});
