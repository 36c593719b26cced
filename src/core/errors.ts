import type { Role } from './enums.ts';

/** The kinds of failure domain code raises; the HTTP layer maps each to a status and a problem type. */
export type ErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'version_conflict'
  | 'rate_limited'
  | 'locked';

export type FieldError = { path: string; message: string };

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    /** Extra members of the problem document (field errors, owner roles, current version, …). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const invalid = (message: string, errors: FieldError[] = []) =>
  new AppError('validation', message, { errors });

/** A single bad field, named by its path in the request body. */
export const invalidField = (path: string, message: string) => invalid(message, [{ path, message }]);

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);

export const conflict = (message: string, details: Record<string, unknown> = {}) =>
  new AppError('conflict', message, details);

export const forbidden = (message: string, ownerRoles: readonly Role[] = []) =>
  new AppError('forbidden', message, ownerRoles.length ? { ownerRoles } : {});

export const unauthorized = (message = 'Authentication required') => new AppError('unauthorized', message);
