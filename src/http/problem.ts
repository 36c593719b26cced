import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError, type ErrorKind, type FieldError } from '../core/errors.ts';
import { isDataException, PG, pgCode, pgConstraint, pgReferencingTable } from '../db/sql.ts';
import { fieldErrorsDetail, schemaFieldErrors, sentence } from './field-errors.ts';

/** HTTP status and RFC 9457 problem type of each domain error kind. */
const STATUS: Record<ErrorKind, { status: number; title: string }> = {
  validation: { status: 422, title: 'Unprocessable request' },
  unauthorized: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Not allowed for your role' },
  not_found: { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  version_conflict: { status: 409, title: 'Edit conflict' },
  rate_limited: { status: 429, title: 'Too many requests' },
  locked: { status: 423, title: 'Locked' },
};

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  [extra: string]: unknown;
};

const typeUri = (code: string) => `https://tandem.dev/problems/${code}`;

/** A request the HTTP layer refuses before any handler (400, like a failed schema), naming each field. */
export class InvalidRequest extends Error {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((e) => `${e.path}: ${e.message}`).join(' '));
    this.name = 'InvalidRequest';
  }
}

/** Field errors carry plain sentences; the detail says what is wrong without repeating the paths. */
const invalidRequest = (fieldErrors: FieldError[], instance: string | undefined): Problem => {
  const errors = fieldErrors.map((e) => ({ path: e.path, message: sentence(e.message) }));
  return {
    type: typeUri('invalid_request'),
    title: 'Invalid request',
    status: 400,
    detail: fieldErrorsDetail(errors),
    instance,
    errors,
  };
};

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

/** The one place that turns any thrown error into a problem+json answer. */
export function errorHandler(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) {
  const instance = req.url.split('?')[0];
  if (err instanceof AppError) {
    const { status, title } = STATUS[err.kind];
    if (err.kind === 'rate_limited' && typeof err.details.retryAfter === 'number') {
      reply.header('retry-after', String(err.details.retryAfter));
    }
    return sendProblem(reply, {
      type: typeUri(err.kind),
      title,
      status,
      detail: err.message,
      instance,
      ...err.details,
    });
  }
  if (err instanceof InvalidRequest) return sendProblem(reply, invalidRequest(err.errors, instance));
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as FastifyError).validationContext ?? 'body';
    const input = (req as unknown as Record<string, unknown>)[where];
    return sendProblem(reply, invalidRequest(schemaFieldErrors(err.validation, where, input), instance));
  }
  const code = pgCode(err);
  if (isDataException(code)) {
    // Validation should have caught it; this backstop keeps what slips through a 400, never a 500. The
    // database's message is not passed on: it quotes the offending value.
    req.log.warn({ err }, 'a value reached the database that validation let through');
    return sendProblem(reply, {
      type: typeUri('invalid_value'),
      title: 'Invalid value',
      status: 400,
      detail: 'A value in the request cannot be stored or compared (malformed, out of range or too long)',
      instance,
    });
  }
  if (code === PG.uniqueViolation) {
    return sendProblem(reply, {
      type: typeUri('conflict'),
      title: 'Conflict',
      status: 409,
      detail: 'Something with the same unique value already exists',
      instance,
      constraint: pgConstraint(err),
    });
  }
  if (code === PG.foreignKeyViolation) {
    const referencing = pgReferencingTable(err);
    return sendProblem(reply, {
      type: typeUri('conflict'),
      title: 'Conflict',
      status: 409,
      detail: referencing
        ? `This cannot be deleted while ${referencing.replaceAll('_', ' ')} refer to it; delete or move those first`
        : 'This refers to, or is referred to by, another record',
      instance,
      constraint: pgConstraint(err),
    });
  }
  const fe = err as FastifyError;
  if (!isResponseSerializationError(err) && fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    // Fastify's own refusals: malformed JSON, body too large, wrong content type, …
    return sendProblem(reply, {
      type: typeUri(fe.code ? fe.code.toLowerCase() : 'bad_request'),
      title: STATUS_CODES[fe.statusCode] ?? 'Bad request',
      status: fe.statusCode,
      detail: fe.message,
      instance,
    });
  }
  req.log.error({ err }, 'unhandled error');
  return sendProblem(reply, {
    type: typeUri('internal'),
    title: 'Internal server error',
    status: 500,
    detail: 'Something went wrong on our side; it has been logged.',
    instance,
  });
}

/** Node's parser errors by code; anything else it refuses is not valid HTTP. */
const CLIENT_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request_timeout',
    detail: 'The request was not received in time',
  },
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    detail: 'The request line and headers are too large',
  },
};
const NOT_HTTP = { status: 400, code: 'bad_request', detail: 'The request is not valid HTTP' };

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (headers too large, malformed request line,
 * request timeout): answered as problem+json on the raw socket, then the connection is closed.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, code, detail } = (err.code && CLIENT_ERRORS[err.code]) || NOT_HTTP;
  const body = JSON.stringify({ type: typeUri(code), title: STATUS_CODES[status], status, detail });
  // A response already under way cannot be replaced by another one.
  const started = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (socket.writable && !started)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy();
}
