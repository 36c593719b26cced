import createClient from 'openapi-fetch';
import type { components, paths } from './schema.gen';

export type { paths };
export type Schemas = components extends { schemas: infer S } ? S : never;

/** The typed API client: paths, parameters, bodies and answers all come from the server's OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

type ChangeListener = (pathname: string) => void;
const changeListeners = new Set<ChangeListener>();

/** Calls back with the path of every request that changed something (any method but GET, answered 2xx). */
export function onApiChange(listener: ChangeListener): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

api.use({
  onResponse({ request, response }) {
    if (request.method === 'GET' || request.method === 'HEAD' || !response.ok) return;
    const { pathname } = new URL(request.url, window.location.origin);
    for (const listener of changeListeners) listener(pathname);
  },
});

/** An RFC 9457 problem as the server sends it. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
  ownerRoles?: string[];
  currentVersion?: number;
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }

  get isConflict() {
    return this.status === 409 && this.problem.currentVersion !== undefined;
  }
}

const asProblem = (status: number, error: unknown): Problem => {
  if (error && typeof error === 'object' && 'title' in error) return error as Problem;
  return {
    type: 'about:blank',
    title: status >= 500 ? 'Server error' : 'Request failed',
    status,
    detail: typeof error === 'string' && error ? error : `The server answered ${status}.`,
  };
};

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** Resolves to the answer's body, or throws an ApiError carrying the server's problem. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  let answer: Answer<T>;
  try {
    answer = await call;
  } catch {
    throw new ApiError(0, {
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: 'The server could not be reached. Check your connection and try again.',
    });
  }
  if (answer.error !== undefined || !answer.response.ok)
    throw new ApiError(answer.response.status, asProblem(answer.response.status, answer.error));
  return answer.data as T;
}

/** The message a person should read for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) {
    const fields = err.problem.errors?.map((e) => `${e.path}: ${e.message}`).join('; ');
    return fields ? `${err.problem.detail} (${fields})` : err.problem.detail || err.problem.title;
  }
  return err instanceof Error ? err.message : String(err);
}
