import type { FastifyError } from 'fastify';
import { ZodError } from 'zod';
import { AppError, type ErrorCode, RateLimitedError } from './domain/errors.js';
import type { Problem } from './domain/problems.js';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
};

export interface DescribedError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly problems: readonly Problem[];
  /** Seconds until a throttled client may try again (429 only). */
  readonly retryAfter?: number;
}

/**
 * The one place that turns any thrown error into an HTTP status and a message a person
 * can read. Unknown errors become a plain 500 without internals.
 */
export function describeError(error: unknown): DescribedError {
  if (error instanceof RateLimitedError) {
    const { code, message, problems, retryAfterSeconds: retryAfter } = error;
    return { status: STATUS_BY_CODE[code], code, message, problems, retryAfter };
  }
  if (error instanceof AppError) {
    return { status: STATUS_BY_CODE[error.code], code: error.code, message: error.message, problems: error.problems };
  }
  if (error instanceof ZodError) {
    const problems = error.issues.map((issue) => ({
      path: issue.path.join('.'),
      code: issue.code,
      message: issue.message,
    }));
    return { status: 400, code: 'invalid_input', message: 'The request has invalid parameters', problems };
  }
  const fastifyError = error as Partial<FastifyError>;
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return {
      status: fastifyError.statusCode,
      code: fastifyError.statusCode === 404 ? 'not_found' : 'bad_request',
      message: fastifyError.message ?? 'Bad request',
      problems: [],
    };
  }
  return { status: 500, code: 'internal_error', message: 'Something went wrong on our side', problems: [] };
}
