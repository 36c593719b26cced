import type { ReactNode } from 'react';
import { ApiError, fieldPath } from '../api/client';

/** What ErrorNote needs of a @mantine/form form to put a problem's field errors on its fields. */
export type ErrorTarget = {
  getValues: () => unknown;
  setFieldError: (path: string, error: ReactNode) => void;
};

/** Whether a dotted path ("pillars.1.title") names a value the form holds. */
function holds(values: unknown, path: string): boolean {
  let v = values;
  for (const segment of path.split('.')) {
    if (v === null || typeof v !== 'object' || !(segment in v)) return false;
    v = (v as Record<string, unknown>)[segment];
  }
  return true;
}

/**
 * The field errors of a failed save that a form can show on its own fields, by the form's paths
 * ("body.title" → "title"): the field says the sentence under its label, so nothing else repeats it.
 */
export function errorsForForm(error: unknown, values: unknown): { path: string; message: string }[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? [])
    .map((e) => ({ path: fieldPath(e.path), message: e.message }))
    .filter((e) => holds(values, e.path));
}
