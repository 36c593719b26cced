import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CustomerSignals } from './data';
import { MarketSignals } from './MarketSignals';
import { customer, fakeApi, renderAs, WS } from './testing';

const SURVEY = '20000000-0000-4000-8000-000000000002';
const FEEDBACK = '30000000-0000-4000-8000-000000000003';
const WON = '40000000-0000-4000-8000-000000000004';
const LOST = '40000000-0000-4000-8000-000000000005';

const deals: CustomerSignals['deals'] = {
  won: 1,
  lost: 1,
  noDecision: 0,
  winRate: 50,
  amountWon: 5000,
  list: [
    {
      id: LOST,
      name: 'Initech expansion',
      outcome: 'lost',
      amount: 2000,
      competitor: null,
      reason: 'price',
      reasonDetail: 'Cheaper plan elsewhere',
      closedOn: '2026-10-20',
    },
    {
      id: WON,
      name: 'Initech renewal',
      outcome: 'won',
      amount: 5000,
      competitor: { id: '50000000-0000-4000-8000-000000000006', name: 'Globex' },
      reason: null,
      reasonDetail: '',
      closedOn: '2026-10-05',
    },
  ],
};

const full: CustomerSignals = {
  surveys: {
    nps: { score: 33.3, answers: 3, promoters: 2, passives: 0, detractors: 1 },
    csat: null,
    ces: null,
  },
  answers: [
    {
      id: '60000000-0000-4000-8000-000000000007',
      surveyId: SURVEY,
      surveyName: 'Quarterly NPS',
      question: 'How likely…?',
      kind: 'nps',
      score: 4,
      band: 'detractor',
      comment: 'Exports <img src=x onerror=alert(1)> keep failing',
      answeredAt: '2026-10-03T12:00:00.000Z',
      contact: { id: '70000000-0000-4000-8000-000000000008', name: 'Ana Ruiz' },
      feedbackId: FEEDBACK,
    },
    {
      id: '60000000-0000-4000-8000-000000000009',
      surveyId: SURVEY,
      surveyName: 'Quarterly NPS',
      question: 'How likely…?',
      kind: 'nps',
      score: 10,
      band: 'promoter',
      comment: '',
      answeredAt: '2026-10-01T12:00:00.000Z',
      contact: null,
      feedbackId: null,
    },
  ],
  deals,
};

afterEach(() => vi.restoreAllMocks());

describe('MarketSignals', { timeout: 30_000 }, () => {
  it("shows the customer's NPS, newest answers as text and deals with the win rate", async () => {
    const calls = fakeApi(() => full);
    const { container } = renderAs('product_manager', <MarketSignals customer={customer()} />);
    const nps = await screen.findByRole('group', { name: 'NPS of Initech' });
    expect(nps.textContent).toContain('+33');
    expect(nps.textContent).toContain('3 answers · Promoters 2 · Passives 0 · Detractors 1');
    expect(calls[0]!.path).toBe('/api/v1/workspaces/{workspaceId}/customers/{id}/signals');

    const answers = screen.getByRole('table', { name: 'Newest survey answers from Initech' });
    expect(within(answers).getByLabelText('NPS 4, Detractors')).toBeTruthy();
    expect(within(answers).getByLabelText('NPS 10, Promoters')).toBeTruthy();
    // The comment is the customer's words, shown as they wrote them: no element comes out of it.
    expect(within(answers).getByText('Exports <img src=x onerror=alert(1)> keep failing')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(within(answers).getByRole('link', { name: 'Feedback item' }).getAttribute('href')).toBe(
      `/w/${WS}/feedback/${FEEDBACK}`,
    );
    expect(within(answers).getAllByRole('link', { name: 'Quarterly NPS' })[0]!.getAttribute('href')).toBe(
      `/w/${WS}/surveys/${SURVEY}`,
    );
    expect(within(answers).getByText('Ana Ruiz')).toBeTruthy();

    expect(screen.getByLabelText('Deals with Initech').textContent).toBe(
      '1 won · 1 lost · 0 no decision · win rate 50 % · $5,000 won',
    );
    const list = screen.getByRole('table', { name: 'Latest deals with Initech' });
    expect(within(list).getByRole('link', { name: 'Initech renewal' }).getAttribute('href')).toBe(
      `/w/${WS}/deals?deal=${WON}`,
    );
    expect(within(list).getByText('Globex')).toBeTruthy();
    expect(within(list).getByText('Price')).toBeTruthy();
  });

  it('tells a role kept from surveys who sees answers, and still shows the deals', async () => {
    fakeApi(() => ({ surveys: null, answers: null, deals }));
    renderAs('sales', <MarketSignals customer={customer()} />);
    expect(
      await screen.findByText(
        'Survey answers are shown to Product manager or Product marketer or Marketer and admins.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('table', { name: /survey answers/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Initech expansion' })).toBeTruthy();
  });

  it('says so when there are no answers and no deals yet', async () => {
    fakeApi(() => ({
      surveys: { nps: null, csat: null, ces: null },
      answers: [],
      deals: { won: 0, lost: 0, noDecision: 0, winRate: null, amountWon: 0, list: [] },
    }));
    renderAs('marketer', <MarketSignals customer={customer()} />);
    expect(await screen.findByText('No survey answers yet')).toBeTruthy();
    expect(screen.getByText('No deals yet')).toBeTruthy();
  });
});
