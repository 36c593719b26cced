import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import type { FeatureRow } from './data';
import { FeaturesTable } from './FeaturesTable';

const row = (id: string, productId: string, score: number, rank: number) =>
  ({
    id,
    productId,
    title: `Feature ${id}`,
    status: 'planned',
    score,
    rank,
    effort: 2,
    releaseId: null,
    demand: { feedbackCount: 1, customerCount: 1, customerRevenue: 1000 },
  }) as unknown as FeatureRow;

afterEach(() => vi.restoreAllMocks());

// The table is virtualized: give the scroller a size, which jsdom leaves at zero, so rows render.
function sizeElements() {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(800);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
}

describe('FeaturesTable', () => {
  it('says rank is within a product, names each score’s model and shows the full product name', async () => {
    sizeElements();
    vi.spyOn(api, 'GET').mockImplementation((async () => ({
      data: { items: [{ productId: 'p2', kind: 'ice' }], nextCursor: null },
      response: new Response(null, { status: 200 }),
    })) as never);
    render(
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>
          <MemoryRouter>
            <WorkspaceProvider
              value={{ id: 'ws', name: 'Acme', role: 'viewer' as Role, ownership: {} as never }}
            >
              <FeaturesTable
                rows={[row('a', 'p1', 576, 1), row('b', 'p2', 4.1, 1)]}
                sort="-score"
                onSort={() => {}}
                hasMore={false}
                loadingMore={false}
                onLoadMore={() => {}}
                productName={(id) =>
                  id === 'p1' ? 'Northwind Dashboards Enterprise' : 'Northwind Pipelines'
                }
                releaseName={() => '—'}
              />
            </WorkspaceProvider>
          </MemoryRouter>
        </QueryClientProvider>
      </MantineProvider>,
    );
    const rank = screen.getByRole('columnheader', { name: /Rank in product/ });
    expect(rank.getAttribute('title')).toMatch(/starts again at 1 for each product/);
    expect(await screen.findByText('576 RICE')).toBeTruthy();
    expect(screen.getByText('4.1 ICE')).toBeTruthy();
    expect(screen.getByText('Northwind Dashboards Enterprise').getAttribute('title')).toBe(
      'Northwind Dashboards Enterprise',
    );
  });
});
