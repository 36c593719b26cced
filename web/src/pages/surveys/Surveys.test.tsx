import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMBED_VERSION } from '../../../../src/modules/surveys/snippet.ts';
import { fakeApi, renderAs, WS } from '../customers/testing';
import type { Survey, SurveyResults } from './api';
import { AddRecipients } from './Recipients';
import { Results } from './Results';
import SurveyDetail from './SurveyDetail';
import { SurveyForm } from './SurveyForm';

const PRODUCT = '20000000-0000-4000-8000-000000000002';
const products = {
  items: [{ id: PRODUCT, name: 'Falcon', lineId: null, description: '', version: 1 }],
  nextCursor: null,
};

const survey = (over: Partial<Survey> = {}): Survey => ({
  id: '30000000-0000-4000-8000-000000000003',
  name: 'Falcon NPS',
  kind: 'nps',
  status: 'open',
  productId: PRODUCT,
  launchId: null,
  personaId: null,
  question: 'How likely are you to recommend Falcon to a friend or colleague?',
  followUp: 'What is the main reason for your score?',
  thankYou: '',
  requireToken: false,
  url: 'https://tandem.example/s/30000000-0000-4000-8000-000000000003',
  scale: { min: 0, max: 10 },
  answers: 4,
  version: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...over,
});

const results = (over: Partial<SurveyResults> = {}): SurveyResults => ({
  kind: 'nps',
  answers: 10,
  score: 30,
  promoters: 5,
  passives: 3,
  detractors: 2,
  mean: 7.9,
  confidence: { level: 0.95, low: -12.5, high: 68.4 },
  distribution: [
    { score: 3, count: 2 },
    { score: 7, count: 3 },
    { score: 9, count: 5 },
  ],
  series: [
    { period: '2026-10-01', answers: 4, score: 25 },
    { period: '2026-11-01', answers: 6, score: 33.3 },
  ],
  ...over,
});

afterEach(() => vi.restoreAllMocks());

const input = (label: string | RegExp, root: Pick<typeof screen, 'getAllByLabelText'> = screen) =>
  root.getAllByLabelText(label).find((el) => el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')! as
    HTMLInputElement | HTMLTextAreaElement;

describe('survey form', { timeout: 30_000 }, () => {
  it('starts from the kind’s question, follows kind and product until edited, and sends what is shown', async () => {
    const calls = fakeApi((method, path) =>
      method === 'POST' ? survey() : path.endsWith('/products') ? products : { items: [], nextCursor: null },
    );
    const done = vi.fn();
    renderAs('product_marketer', <SurveyForm onDone={done} onCancel={() => {}} />);
    expect(input(/^Question/).value).toBe(
      'How likely are you to recommend this product to a friend or colleague?',
    );
    fireEvent.click(input(/^Product/));
    fireEvent.click(await screen.findByRole('option', { name: 'Falcon' }));
    await waitFor(() =>
      expect(input(/^Question/).value).toBe(
        'How likely are you to recommend Falcon to a friend or colleague?',
      ),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'CSAT' }));
    await waitFor(() => expect(input(/^Question/).value).toBe('How satisfied are you with Falcon?'));
    expect(input('Follow-up question').value).toBe('What could we do better?');
    // Edited, the question stays when the kind changes again.
    fireEvent.change(input(/^Question/), { target: { value: 'How was onboarding?' } });
    fireEvent.click(screen.getByRole('radio', { name: 'CES' }));
    expect(input(/^Question/).value).toBe('How was onboarding?');
    expect(input('Follow-up question').value).toBe('What made it easy or hard?');
    fireEvent.click(screen.getByRole('switch', { name: /Only people with a personal link/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Create survey' }));
    await waitFor(() => expect(done).toHaveBeenCalled());
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.path).toBe('/api/v1/workspaces/{workspaceId}/surveys');
    expect(post.init.body).toEqual({
      kind: 'ces',
      productId: PRODUCT,
      launchId: null,
      personaId: null,
      question: 'How was onboarding?',
      followUp: 'What made it easy or hard?',
      thankYou: '',
      requireToken: true,
    });
  });

  it('asks for a product before sending', async () => {
    const calls = fakeApi((_m, path) =>
      path.endsWith('/products') ? products : { items: [], nextCursor: null },
    );
    renderAs('product_marketer', <SurveyForm onDone={() => {}} onCancel={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Create survey' }));
    expect(await screen.findByText('Choose the product this survey is about')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('keeps kind and product fixed once answered, and saves the rest on its version', async () => {
    const calls = fakeApi((method, path) =>
      method === 'PATCH' ? survey() : path.endsWith('/products') ? products : { items: [], nextCursor: null },
    );
    renderAs('product_marketer', <SurveyForm survey={survey()} onDone={() => {}} onCancel={() => {}} />);
    expect(screen.getByText('Kind and product are fixed once a survey has answers.')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'CSAT' }) as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(input('Thank-you message'), { target: { value: 'Thanks!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save survey' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.init.body).toMatchObject({ thankYou: 'Thanks!', version: 3 });
    expect(patch.init.body).not.toHaveProperty('kind');
    expect(patch.init.body).not.toHaveProperty('productId');
  });
});

describe('survey results', { timeout: 30_000 }, () => {
  it('shows the headline NPS with its interval, the three bands and the charts', () => {
    renderAs('product_marketer', <Results results={results()} />);
    expect(screen.getByTestId('headline-score').textContent).toBe('+30');
    expect(screen.getByText(/95 % interval −12 to \+68 · 10 answers · mean 7.9/)).toBeTruthy();
    expect(screen.getByLabelText('Promoters: 50 %')).toBeTruthy();
    expect(screen.getByLabelText('Passives: 30 %')).toBeTruthy();
    expect(screen.getByLabelText('Detractors: 20 %')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Answers per score' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'NPS over time' })).toBeTruthy();
  });

  it('names CSAT’s bands as satisfaction and its score as a share; says when there is nothing yet', () => {
    const { unmount } = renderAs(
      'product_marketer',
      <Results
        results={results({
          kind: 'csat',
          score: 80,
          confidence: null,
          // Periods without answers do not make a line.
          series: [
            { period: '2026-10-01', answers: 0, score: null },
            { period: '2026-11-01', answers: 3, score: 80 },
          ],
        })}
      />,
    );
    expect(screen.getByTestId('headline-score').textContent).toBe('80 %');
    expect(screen.getByLabelText('Satisfied: 50 %')).toBeTruthy();
    expect(screen.getByText(/Not enough periods/)).toBeTruthy();
    unmount();
    renderAs('product_marketer', <Results results={results({ answers: 0 })} />);
    expect(screen.getByText('No answers in this period yet.')).toBeTruthy();
  });
});

describe('survey page', { timeout: 30_000 }, () => {
  const page = (role: Parameters<typeof renderAs>[0]) =>
    renderAs(
      role,
      <Routes>
        <Route path="/w/:ws/surveys/:id" element={<SurveyDetail />} />
      </Routes>,
      `/w/${WS}/surveys/${survey().id}`,
    );
  const api = (path: string) =>
    path.endsWith('/results')
      ? results()
      : path.endsWith('/answers')
        ? {
            items: [
              {
                id: 'a1',
                score: 3,
                comment: 'Exports keep failing',
                channel: 'page',
                contact: { id: 'c1', name: 'Dana' },
                customer: { id: 'k1', name: 'Initech' },
                feedbackId: '40000000-0000-4000-8000-000000000004',
                answeredAt: '2026-11-20T10:00:00.000Z',
              },
            ],
            nextCursor: null,
          }
        : path.endsWith('/products')
          ? products
          : survey();

  it('gives the link and the snippet, the results and the answers linked to their feedback', async () => {
    fakeApi((_m, path) => api(path));
    page('product_marketer');
    expect((await screen.findByLabelText('Public link')).textContent).toBe(survey().url);
    expect(screen.getByLabelText('Snippet').textContent).toBe(
      `<script defer src="https://tandem.example/s/embed.js?v=${EMBED_VERSION}" data-survey="${survey().id}" data-distinct-id=""></script>`,
    );
    expect(await screen.findByTestId('headline-score')).toBeTruthy();
    const answers = await screen.findByRole('table', { name: 'Answers' });
    expect(within(answers).getByLabelText('Score 3, Detractors')).toBeTruthy();
    expect(within(answers).getByRole('link', { name: 'Open feedback item' }).getAttribute('href')).toBe(
      `/w/${WS}/feedback/40000000-0000-4000-8000-000000000004`,
    );
  });

  it('filters answers by band and comment', async () => {
    const calls = fakeApi((_m, path) => api(path));
    page('product_marketer');
    await screen.findByRole('table', { name: 'Answers' });
    fireEvent.click(screen.getByRole('radio', { name: 'Detractors' }));
    fireEvent.click(screen.getByRole('switch', { name: 'With a comment' }));
    await waitFor(() =>
      expect(
        calls.some(
          (c) =>
            c.path.endsWith('/answers') &&
            JSON.stringify(c.init.params).includes('"band":"detractor"') &&
            JSON.stringify(c.init.params).includes('"hasComment":true'),
        ),
      ).toBe(true),
    );
  });

  it('keeps what a marketer may not do visible but disabled, naming product marketing', async () => {
    fakeApi((_m, path) => api(path));
    page('marketer');
    const add = await screen.findByRole('button', { name: 'Add recipients' });
    expect(add.getAttribute('aria-disabled')).toBe('true');
    expect(add.getAttribute('title')).toBe('Owned by Product marketer (and admins)');
  });
});

describe('personal links', { timeout: 30_000 }, () => {
  it('makes a link per address typed and shows them once, all copyable', async () => {
    const calls = fakeApi((method) =>
      method === 'POST'
        ? {
            recipients: [
              {
                id: 'r1',
                contactId: null,
                customerId: null,
                email: 'ana@initech.example',
                url: `${survey().url}?t=tok1`,
              },
              {
                id: 'r2',
                contactId: null,
                customerId: null,
                email: 'bo@initech.example',
                url: `${survey().url}?t=tok2`,
              },
            ],
          }
        : { items: [], nextCursor: null },
    );
    renderAs('product_marketer', <AddRecipients survey={survey()} onClose={() => {}} />);
    const emails = input('Email addresses');
    fireEvent.paste(emails, { clipboardData: { getData: () => 'not-an-address' } });
    expect(await screen.findByText('Not an email address: not-an-address')).toBeTruthy();
    fireEvent.keyDown(emails, { key: 'Backspace' });
    fireEvent.paste(emails, { clipboardData: { getData: () => 'ana@initech.example, bo@initech.example' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Make 2 links' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.init.body).toEqual({
      recipients: [{ email: 'ana@initech.example' }, { email: 'bo@initech.example' }],
    });
    expect(await screen.findByText('Copy these links now')).toBeTruthy();
    expect(screen.getByLabelText('All links').textContent).toBe(
      `ana@initech.example\t${survey().url}?t=tok1\nbo@initech.example\t${survey().url}?t=tok2`,
    );
  });
});
