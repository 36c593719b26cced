import { useForm } from '@mantine/form';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The API client keeps the fetch it finds when it is created, so the stub must be in place first.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

import { fakeApi, page, product, release, renderAs } from '../products/testing';
import type { Feature } from './data';
import { type FeatureValues, valuesOf } from './form';
import { StoryFields } from './StoryFields';

// The demo's shape: releases belong to the product line, features to its products.
const line = product({ id: 'line', name: 'Northwind Analytics Platform' });
const dash = product({ id: 'dash', name: 'Northwind Dashboards', parentId: 'line' });
const r74 = release({ id: 'r74', name: 'Release 7.4', productId: 'line', targetDate: '2027-02-01' });
const shipped = release({ id: 'r72', name: 'Release 7.2', productId: 'line', status: 'released' });
const feature = {
  id: 'f1',
  productId: 'dash',
  title: 'Scheduled exports',
  asA: '',
  iWant: '',
  soThat: '',
  description: '',
  acceptanceCriteria: [],
  status: 'planned',
  allowedTransitions: ['in_progress', 'discovery', 'wont_do'],
  releaseId: null,
  effort: null,
  personaId: null,
  ownerId: null,
  scoreInputs: {},
} as unknown as Feature;

function Picker() {
  const form = useForm<FeatureValues>({ initialValues: valuesOf(feature) });
  return <StoryFields form={form} feature={feature} disabled={false} />;
}

beforeEach(() => fetchMock.mockReset());

describe('Release picker on a feature', () => {
  it("offers the product line's releases the server accepts, asking the server which ones", async () => {
    const calls = fakeApi(fetchMock, {
      'GET /products': () => page([line, dash]),
      'GET /personas': () => page([]),
      'GET /members': () => page([]),
      // The server answers the list it was asked for: the feature's plannable releases, or all of them.
      'GET /releases': (req) =>
        page(new URL(req.url).searchParams.get('forFeature') === 'f1' ? [r74] : [r74, shipped]),
    });
    renderAs('product_manager', <Picker />);
    const input = () => screen.getAllByLabelText(/^Release/).find((e) => e.tagName === 'INPUT')!;
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/releases'))).toBe(true));
    fireEvent.click(input());
    // Options of a dropdown still opening are hidden from the accessibility tree: look them up by role anyway.
    expect(await screen.findByRole('option', { name: /Release 7\.4/, hidden: true })).toBeTruthy();
    expect(screen.queryByRole('option', { name: /Release 7\.2/, hidden: true })).toBeNull();
    const asked = calls.find((c) => c.path.endsWith('/releases'))!;
    expect(asked.url.searchParams.get('forFeature')).toBe('f1');
  });
});
