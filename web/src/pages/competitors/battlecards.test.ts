import { describe, expect, it } from 'vitest';
import { battlecardExportUrl, displayHost, matchesName, staleCompetitorIds } from './battlecards';

describe('battlecard helpers', () => {
  it('links to the enablement export as a download in either format', () => {
    expect(battlecardExportUrl('ws1', 'bc1', 'html')).toBe(
      '/api/v1/workspaces/ws1/enablement/battlecards/bc1?format=html&download=true',
    );
    expect(battlecardExportUrl('ws1', 'bc1', 'markdown', false)).toBe(
      '/api/v1/workspaces/ws1/enablement/battlecards/bc1?format=markdown',
    );
  });

  it('flags a competitor when any of its cards is stale', () => {
    const ids = staleCompetitorIds([
      { competitorId: 'a', stale: false },
      { competitorId: 'b', stale: true },
      { competitorId: 'a', stale: false },
    ]);
    expect([...ids]).toEqual(['b']);
  });

  it('finds competitors by part of their name, ignoring case and accents', () => {
    expect(matchesName('Lumina BI', 'lum')).toBe(true);
    expect(matchesName('Quantrix Cloud', 'CLOUD')).toBe(true);
    expect(matchesName('Élan Analytics', 'elan')).toBe(true);
    expect(matchesName('Lumina BI', 'quant')).toBe(false);
    expect(matchesName('Anything', '  ')).toBe(true);
  });

  it('shows websites without their scheme', () => {
    expect(displayHost('https://lumina-bi.example/')).toBe('lumina-bi.example');
  });
});
