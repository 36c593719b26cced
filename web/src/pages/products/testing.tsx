import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import type { Mock } from 'vitest';
import { type Role, WorkspaceProvider } from '../../app/workspace';

// Mantine's autosizing textarea listens to font loading, which happy-dom does not provide.
if (!('fonts' in document))
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() },
  });

/** Test kit for the catalog's components: the matrix's rows for them, a fake API, a render with providers. */

const PM = 'product_manager' as const;
const rule = (artefact: string, commenters: string[]) => ({
  artefact,
  owners: [PM],
  contributors: commenters.map((role) => ({ role, may: ['comment'] })),
  readers: [],
  reviewers: [],
  description: artefact,
});
export const ownership = {
  adminMayDoEverything: true,
  roles: ['admin', PM, 'product_marketer', 'marketer', 'sales', 'viewer'],
  artefacts: [
    rule('product', ['product_marketer']),
    rule('release', ['product_marketer', 'marketer', 'sales']),
    rule('feature', ['product_marketer', 'marketer', 'sales']),
  ],
};

export const json = (status: number, body: unknown) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

type Handler = (req: Request, body: unknown) => Response | undefined;

/** Answers the API from handlers keyed "METHOD /path-suffix"; records every request with its JSON body. */
export function fakeApi(fetchMock: Mock, handlers: Record<string, Handler>) {
  const calls: { method: string; path: string; body: unknown; url: URL }[] = [];
  fetchMock.mockImplementation(async (input: Request) => {
    // Something in the simulated DOM calls fetch() with no request at all; only the API's calls matter.
    if (!(input instanceof Request)) return json(404, {});
    const url = new URL(input.url);
    const text = input.method === 'GET' ? '' : await input.text();
    const body: unknown = text ? JSON.parse(text) : undefined;
    calls.push({ method: input.method, path: url.pathname, body, url });
    for (const [key, handle] of Object.entries(handlers)) {
      const [method, suffix] = key.split(' ');
      if (method === input.method && url.pathname.endsWith(suffix!)) {
        const answer = handle(input, body);
        if (answer) return answer;
      }
    }
    return json(404, { type: 'about:blank', title: 'Not found', status: 404, detail: 'No such route' });
  });
  return calls;
}

export const page = <T,>(items: T[]) => json(200, { items, nextCursor: null });

export function renderAs(role: Role, ui: ReactNode, path = '/w/ws') {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  });
  return render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[path]}>
          <WorkspaceProvider value={{ id: 'ws', name: 'Acme', role, ownership: ownership as never }}>
            {ui}
          </WorkspaceProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

export const product = (over: Partial<Record<string, unknown>> & { id: string; name: string }) => ({
  parentId: null,
  description: '',
  vision: '',
  function: '',
  targetDemographic: '',
  value: '',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

export const release = (over: Partial<Record<string, unknown>> & { id: string; name: string }) => ({
  productId: null,
  description: '',
  targetDate: null,
  status: 'planned',
  capacity: null,
  plannedEffort: 0,
  featureCount: 0,
  unestimatedCount: 0,
  overCapacity: false,
  allowedTransitions: ['in_progress', 'cancelled'],
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...over,
});
