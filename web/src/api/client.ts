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

/** A problem's field path as a form names the field: the request part is dropped ("body.title" → "title"). */
export const fieldPath = (path: string) => path.replace(/^(body|query|params)\./, '');

/** A readable name for a field nobody labelled: "body.startDate" → "Start date", "requirementIds.1" → "Requirements". */
export function fieldLabel(path: string, labels: Record<string, string> = {}): string {
  const field = fieldPath(path);
  if (labels[field]) return labels[field];
  const segments = field.split('.');
  const named = [...segments].reverse().find((s) => !/^\d+$/.test(s)) ?? field;
  if (labels[named]) return labels[named];
  const words = named
    .replace(/Id(s?)$/, '$1')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'This field';
}

/** "Use at most 200 characters." under a label reads "Title: use at most 200 characters." */
function afterLabel(message: string) {
  const m = message.trim();
  const lowered = /^[A-Z][a-z]/.test(m) ? m[0]!.toLowerCase() + m.slice(1) : m;
  return /[.!?]$/.test(lowered) ? lowered : `${lowered}.`;
}

export type ErrorMessageOptions = {
  /** Labels of fields by path ("title": "Title"), as the page shows them. */
  labels?: Record<string, string>;
  /** Paths (as forms name them) whose message the form already shows on the field. */
  shown?: readonly string[];
};

/**
 * The message a person should read for any thrown value. A problem's field errors are said once each, as
 * "Label: sentence", leaving out those a form shows on its fields; the problem's detail is used only when
 * there are no field errors.
 */
export function errorMessage(err: unknown, options: ErrorMessageOptions = {}): string {
  if (err instanceof ApiError) {
    const errors = err.problem.errors ?? [];
    // A refusal other than invalid input (a 409 naming the field it clashes on) is said best by its detail.
    const invalidInput = err.status === 400 || err.status === 422;
    if (errors.length === 0 || !invalidInput) return err.problem.detail || err.problem.title;
    const shown = new Set(options.shown ?? []);
    const rest = errors.filter((e) => !shown.has(fieldPath(e.path)));
    if (rest.length === 0)
      return errors.length === 1 ? 'Correct the field marked above.' : 'Correct the fields marked above.';
    return rest.map((e) => `${fieldLabel(e.path, options.labels)}: ${afterLabel(e.message)}`).join(' ');
  }
  return err instanceof Error ? err.message : String(err);
}
