import type { ReactNode } from 'react';
import { ApiError, fieldPath } from '../api/client';

/** What ErrorNote needs of a @mantine/form form to put a problem's field errors on its fields. */
export type ErrorTarget = {
  getValues: () => unknown;
  setFieldError: (path: string, error: ReactNode) => void;
};

/**
 * The form path that shows an error at a dotted path, or null when the form holds no such value. An item of
 * a list of plain values ("requirementIds.1") is shown on the list's own input; items of a list of objects
 * ("pillars.1.title") have fields of their own.
 */
function fieldFor(values: unknown, path: string): string | null {
  let v = values;
  const segments = path.split('.');
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (v === null || typeof v !== 'object' || !(segment in v)) return null;
    const next = (v as Record<string, unknown>)[segment];
    if (Array.isArray(v) && (next === null || typeof next !== 'object'))
      return segments.slice(0, i).join('.');
    v = next;
  }
  return path;
}

/**
 * The field errors of a failed save that a form can show on its own fields, by the form's paths
 * ("body.title" → "title"): the field says the sentence under its label, so nothing else repeats it.
 */
export function errorsForForm(
  error: unknown,
  values: unknown,
): { path: string; message: string; shownAt: string }[] {
  if (!(error instanceof ApiError)) return [];
  const placed: { path: string; message: string; shownAt: string }[] = [];
  for (const e of error.problem.errors ?? []) {
    const path = fieldPath(e.path);
    const shownAt = fieldFor(values, path);
    if (shownAt) placed.push({ path, message: e.message, shownAt });
  }
  return placed;
}
