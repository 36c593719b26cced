import { z } from 'zod';
import { LIMITS } from '../core/enums.ts';

/** Request/response building blocks shared by every module's routes. */

export const Uuid = z.uuid();

export const WsParams = z.strictObject({ workspaceId: Uuid });
export const WsIdParams = z.strictObject({ workspaceId: Uuid, id: Uuid });

/** Query string of every list: page size, cursor from the previous page, sort (`field` or `-field`). */
export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize.max).default(LIMITS.pageSize.default),
  cursor: z.string().max(1000).optional(),
  sort: z.string().max(60).optional(),
});

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    ownerRoles: z.array(z.string()).optional(),
    currentVersion: z.number().int().optional(),
  })
  .loose();

/** The error answers every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: Problem,
  401: Problem,
  403: Problem,
  404: Problem,
  409: Problem,
  422: Problem,
};

export const name = () => z.string().trim().min(1).max(LIMITS.name);
export const shortText = () => z.string().max(LIMITS.shortText);
export const longText = () => z.string().max(LIMITS.longText);
export const email = () => z.email().max(LIMITS.email);
/** A version for optimistic concurrency; If-Match may carry it instead. */
export const version = () => z.number().int().min(1).optional();
/** Comma-separated values in a query string, e.g. `status=new,triaged`. */
export const csv = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .max(2000)
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(item).max(50));
export const isoDate = () => z.iso.date();
/**
 * An absolute http(s) URL: the only links the app stores and later renders as `href`, so `javascript:`,
 * `data:`, `file:` and relative URLs are refused (400 naming the field).
 */
export const httpUrl = (max = 2_000) =>
  z
    .url({ protocol: /^https?$/ })
    .max(max)
    .describe('An absolute http(s) URL');
/** An http(s) URL, or '' for none. */
export const httpUrlOrEmpty = (max = 2_000) =>
  z.union([z.literal(''), httpUrl(max)]).describe('An absolute http(s) URL, or empty');
export const timestamp = () => z.string();
