import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { api } from '../../api/client';
import { type Role, WorkspaceProvider } from '../../app/workspace';

/** The rows of the ownership matrix these screens read, as GET /api/v1/ownership sends them. */
const ownership = {
  adminMayDoEverything: true as const,
  roles: ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as Role[],
  artefacts: [
    {
      artefact: 'customer' as const,
      owners: ['product_manager' as const],
      contributors: [
        { role: 'sales' as const, may: ['create' as const] },
        { role: 'product_marketer' as const, may: ['create' as const] },
      ],
      readers: [],
      reviewers: [],
      description: 'Customers',
    },
    {
      artefact: 'contact' as const,
      owners: ['product_manager' as const],
      contributors: [
        { role: 'sales' as const, may: ['create' as const] },
        { role: 'product_marketer' as const, may: ['create' as const] },
      ],
      readers: [],
      reviewers: [],
      description: 'Contacts',
    },
    {
      artefact: 'feedback' as const,
      owners: ['product_manager' as const],
      contributors: (['product_marketer', 'marketer', 'sales'] as const).map((role) => ({
        role,
        may: ['create' as const, 'comment' as const],
      })),
      readers: [],
      reviewers: [],
      description: 'Feedback',
    },
    {
      artefact: 'affiliate' as const,
      owners: ['marketer' as const],
      contributors: [],
      readers: [],
      reviewers: [],
      description: 'Partners',
    },
    {
      artefact: 'source' as const,
      owners: ['marketer' as const, 'product_manager' as const],
      contributors: [],
      readers: [],
      reviewers: [],
      description: 'Event sources',
    },
    {
      artefact: 'goal' as const,
      owners: ['marketer' as const, 'product_marketer' as const],
      contributors: [],
      readers: [],
      reviewers: [],
      description: 'Conversion goals',
    },
    {
      artefact: 'attribution_settings' as const,
      owners: ['marketer' as const],
      contributors: [],
      readers: [],
      reviewers: [],
      description: 'Attribution settings',
    },
    {
      artefact: 'launch' as const,
      owners: ['product_marketer' as const],
      contributors: [{ role: 'product_manager' as const, may: ['comment' as const] }],
      readers: [],
      reviewers: [],
      description: 'Launches',
    },
    {
      artefact: 'survey' as const,
      owners: ['product_marketer' as const],
      contributors: [],
      readers: ['product_manager' as const, 'product_marketer' as const, 'marketer' as const],
      reviewers: [],
      description: 'Surveys',
    },
  ],
};

// Mantine's autosizing Textarea listens to document.fonts, which happy-dom leaves out.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });

// Searches wait for typing to pause, then Mantine renders: on a busy shared machine that can take seconds.
configure({ asyncUtilTimeout: 5_000 });

export const WS = '00000000-0000-4000-8000-000000000001';

/** Renders a screen inside a workspace where the person has the given role. */
export function renderAs(role: Role, ui: ReactNode, path = '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    // env="test": no transitions or portals, so what opens is there at once.
    <MantineProvider env="test">
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <WorkspaceProvider value={{ id: WS, name: 'Acme', role, ownership: ownership as never }}>
            {ui}
          </WorkspaceProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

type Call = { method: string; path: string; init: { params?: unknown; body?: unknown } };

/**
 * Answers the component's API calls as the server would: `answer(method, path, init)` returns the body
 * (or a [status, body] pair). Returns the calls made, in order.
 */
export function fakeApi(answer: (method: string, path: string, init: Call['init']) => unknown) {
  const calls: Call[] = [];
  for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const) {
    vi.spyOn(api, method).mockImplementation((async (path: string, init: Call['init']) => {
      calls.push({ method, path, init });
      const result = answer(method, path, init ?? {});
      const [status, data] = Array.isArray(result) ? result : [method === 'POST' ? 201 : 200, result];
      if (status >= 400) return { error: data, response: new Response(null, { status }) };
      return { data, response: new Response(null, { status }) };
    }) as never);
  }
  return calls;
}

export const customer = (over: Partial<{ id: string; name: string; annualRevenue: number }> = {}) => ({
  id: '10000000-0000-4000-8000-000000000001',
  name: 'Initech',
  externalId: null,
  website: null,
  segment: 'enterprise' as const,
  plan: 'Enterprise',
  annualRevenue: 120_000,
  version: 1,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});
