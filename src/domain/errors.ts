import type { Problem } from './problems.js';

/** Stable codes of application errors; the HTTP layer maps each to a status in one place. */
export type ErrorCode = 'not_found' | 'invalid_input' | 'conflict' | 'rate_limited';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} was not found`);
}

export function invalidInput(problems: readonly Problem[]): AppError {
  const summary = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
  return new AppError('invalid_input', `Invalid input: ${summary}`, problems);
}

/** Too many requests from one client; it may try again after `retryAfterSeconds`. */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', message);
    this.name = 'RateLimitedError';
  }
}
