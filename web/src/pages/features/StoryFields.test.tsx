import { MantineProvider } from '@mantine/core';
import { useForm } from '@mantine/form';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { type Role, WorkspaceProvider } from '../../app/workspace';
import type { Feature } from './data';
import { type FeatureValues, valuesOf } from './form';
import { StoryFields } from './StoryFields';

const feature = {
  id: 'f1',
  productId: 'p1',
  title: 'Row-level security for embedded dashboards',
  asA: 'platform admin',
  iWant: 'to scope rows by tenant',
  soThat: 'customers see only their data',
  description: '',
  acceptanceCriteria: ['Policies apply to exports'],
  status: 'planned',
  allowedTransitions: ['in_progress'],
  releaseId: null,
  effort: 3,
  personaId: null,
  ownerId: null,
  scoreInputs: {},
} as unknown as Feature;

afterEach(() => vi.restoreAllMocks());

function Story() {
  const form = useForm<FeatureValues>({ initialValues: valuesOf(feature) });
  return <StoryFields form={form} feature={feature} disabled />;
}

describe('StoryFields for a role that may only read', () => {
  it('shows the values as text, not as pale disabled inputs', () => {
    vi.spyOn(api, 'GET').mockImplementation((async () => ({
      data: { items: [], nextCursor: null },
      response: new Response(null, { status: 200 }),
    })) as never);
    render(
      <MantineProvider>
        <QueryClientProvider client={new QueryClient()}>
          <WorkspaceProvider
            value={{ id: 'ws', name: 'Acme', role: 'sales' as Role, ownership: {} as never }}
          >
            <Story />
          </WorkspaceProvider>
        </QueryClientProvider>
      </MantineProvider>,
    );
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.getByRole('group', { name: 'Title' }).textContent).toContain(feature.title);
    expect(screen.getByRole('group', { name: 'Release' }).textContent).toContain('Unscheduled');
    expect(screen.getByRole('group', { name: 'Acceptance criteria' }).textContent).toContain(
      'Policies apply to exports',
    );
  });
});
