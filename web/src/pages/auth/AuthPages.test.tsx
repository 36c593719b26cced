import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The API client keeps the fetch it finds when it is created, so the stub must be in place first.
const fetchMock = vi.hoisted(() => {
  const mock = vi.fn();
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
});

import { SignupPage } from './AuthPages';

const problem = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });

function renderSignup() {
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { mutations: { retry: false } } })}>
        <MemoryRouter initialEntries={['/signup']}>
          <SignupPage />
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
  fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: 'Priya Sharma' } });
  fireEvent.change(screen.getByLabelText(/^Email/), { target: { value: 'priya@example.test' } });
  fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'priya2024!!' } });
  fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
}

beforeEach(() => fetchMock.mockReset());

describe('SignupPage', () => {
  it("shows the server's reason for refusing a password under the password field, once", async () => {
    const why = 'Choose a stronger password. It contains "priya" from your name or email address.';
    fetchMock.mockResolvedValue(
      problem(422, {
        title: 'Unprocessable request',
        detail: why,
        errors: [{ path: 'password', message: why }],
      }),
    );
    renderSignup();
    expect(await screen.findByText(why)).toBeTruthy();
    expect(screen.getAllByText(why)).toHaveLength(1);
    // It is the password input's own error message (announced with it), not a note elsewhere.
    const input = screen.getByLabelText(/^Password/);
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByText(why).id);
    // Editing the password clears the stale reason.
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'quiet evenings at sea' } });
    expect(screen.queryByText(why)).toBeNull();
  });

  it('shows a refusal that names no field (too many sign-ups) above the button', async () => {
    const detail = 'Too many sign-ups from your address; try again in 180 s';
    fetchMock.mockResolvedValue(
      problem(429, { title: 'Too many requests', detail }, { 'retry-after': '180' }),
    );
    renderSignup();
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain(detail);
  });
});
