import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import { Journey } from './Journey';

const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as Role[],
  artefacts: [
    {
      artefact: 'touchpoint',
      owners: ['marketer'],
      contributors: [],
      readers: [],
      description: 'Touchpoints',
    },
  ],
};

const step = (id: string, stage: string, position: number) => ({
  id,
  campaignId: 'c1',
  programId: null,
  stage,
  position,
  channel: 'email',
  asset: `${stage} asset`,
  messagingId: null,
  messageRef: '',
  messageText: null,
  notes: '',
  version: 1,
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
});

afterEach(() => vi.restoreAllMocks());

function renderJourney(stages: string[]) {
  vi.spyOn(api, 'GET').mockImplementation((async () => ({
    data: { items: stages.map((s, i) => step(`t${i + 1}`, s, i + 1)) },
    response: new Response(null, { status: 200 }),
  })) as never);
  const put = vi.spyOn(api, 'PUT').mockImplementation((async () => ({
    data: { items: [] },
    response: new Response(null, { status: 200 }),
  })) as never);
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient()}>
        <WorkspaceProvider
          value={{ id: 'ws', name: 'Acme', role: 'marketer', ownership: ownership as never }}
        >
          <Journey owner={{ kind: 'campaign', id: 'c1' }} defaultChannel="email" />
        </WorkspaceProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return put;
}

describe('Journey', () => {
  it('does not offer to move Awareness below Conversion, and says why', async () => {
    const put = renderJourney(['awareness', 'conversion', 'conversion']);
    const down = await screen.findByRole('button', { name: 'Move step 1 down' });
    expect(down.hasAttribute('disabled')).toBe(true);
    expect(down.getAttribute('title')).toMatch(/^Awareness cannot come after Conversion: a journey runs/);
    fireEvent.click(down);
    expect(put).not.toHaveBeenCalled();
  });

  it('still moves a step within its stage', async () => {
    const put = renderJourney(['awareness', 'conversion', 'conversion']);
    const down = await screen.findByRole('button', { name: 'Move step 2 down' });
    expect(down.hasAttribute('disabled')).toBe(false);
    fireEvent.click(down);
    await waitFor(() => expect(put).toHaveBeenCalledOnce());
    expect((put.mock.calls[0]![1] as { body: unknown }).body).toEqual({ ids: ['t1', 't3', 't2'] });
  });
});
