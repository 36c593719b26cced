import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';

/**
 * The surveys area's queries and calls. The surveys API is written beside this screen; until its routes are in
 * schema.gen.d.ts these shapes are typed here by hand, as the API states them (the lead regenerates the
 * types after merging, and these local types can then give way to the generated ones).
 */

export type SurveyKind = 'nps' | 'csat' | 'ces' | 'open';
export type SurveyStatus = 'open' | 'closed';
export type Band = 'promoter' | 'passive' | 'detractor';

export type Survey = {
  id: string;
  name: string;
  kind: SurveyKind;
  status: SurveyStatus;
  productId: string;
  launchId: string | null;
  personaId: string | null;
  question: string;
  followUp: string;
  thankYou: string;
  requireToken: boolean;
  url: string;
  scale: { min: number; max: number } | null;
  answers: number;
  /** The headline score, on the list (NPS, or CSAT / CES in %); null without answers. */
  score?: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type SurveyInput = {
  name?: string;
  kind: SurveyKind;
  productId: string;
  launchId?: string | null;
  personaId?: string | null;
  question: string;
  followUp?: string;
  thankYou?: string;
  requireToken?: boolean;
};

export type SurveyResults = {
  kind: SurveyKind;
  answers: number;
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  mean: number | null;
  confidence: { level: number; low: number; high: number } | null;
  distribution: { score: number; count: number }[];
  series: { period: string; answers: number; score: number | null }[];
};

export type Named = { id: string; name: string };
export type Answer = {
  id: string;
  score: number | null;
  comment: string;
  channel: 'page' | 'snippet' | 'api' | 'posthog';
  contact: Named | null;
  customer: Named | null;
  feedbackId: string | null;
  answeredAt: string;
};

export type Recipient = {
  id: string;
  contactId: string | null;
  customerId: string | null;
  email: string | null;
  url: string;
};

type Answered<T> = Promise<{ data?: T; error?: unknown; response: Response }>;
type Init = { params?: { path?: object; query?: object }; body?: unknown; headers?: Record<string, string> };
/** The typed client, for routes its generated types do not know yet (same requests, same errors). */
const untyped = api as unknown as Record<
  'GET' | 'POST' | 'PATCH' | 'DELETE',
  <T>(path: string, init: Init) => Answered<T>
>;

const WS_PATH = '/api/v1/workspaces/{workspaceId}';

export const call = <T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, init: Init) =>
  unwrap<T>(untyped[method]<T>(`${WS_PATH}${path}`, init));

export function useSurveys() {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['surveys', ws.id, 'list'],
    queryFn: () =>
      call<{ items: Survey[]; nextCursor: string | null }>('GET', '/surveys', {
        params: { path: { workspaceId: ws.id }, query: { limit: 200 } },
      }),
  });
}

export function useSurvey(id: string) {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['surveys', ws.id, id],
    queryFn: () => call<Survey>('GET', '/surveys/{id}', { params: { path: { workspaceId: ws.id, id } } }),
  });
}

export type ResultsQuery = { from?: string; to?: string; interval: 'day' | 'week' | 'month' };

export function useSurveyResults(id: string, query: ResultsQuery) {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['survey-results', ws.id, id, query],
    queryFn: () =>
      call<SurveyResults>('GET', '/surveys/{id}/results', {
        params: { path: { workspaceId: ws.id, id }, query },
      }),
    placeholderData: keepPreviousData,
  });
}

export type AnswerFilter = { band?: Band; hasComment?: boolean };

export function useSurveyAnswers(id: string, filter: AnswerFilter) {
  const ws = useWorkspace();
  return useInfiniteQuery({
    queryKey: ['survey-answers', ws.id, id, filter],
    queryFn: ({ pageParam }) =>
      call<{ items: Answer[]; nextCursor: string | null }>('GET', '/surveys/{id}/answers', {
        params: {
          path: { workspaceId: ws.id, id },
          query: { limit: 50, ...filter, ...(pageParam ? { cursor: pageParam } : {}) },
        },
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
