import { ConfigError } from '../config.js';
import { AppError } from '../domain/errors.js';

/** Prints a failure as one clear message (no stack trace for the errors we expect) and exits 1. */
export function reportFailure(error: unknown): never {
  if (error instanceof ConfigError || error instanceof AppError) {
    console.error(`spojnia: ${error.message}`);
  } else if (error instanceof Error) {
    console.error(`spojnia: ${error.message}`);
    if (process.env.SPOJNIA_DEBUG) console.error(error.stack);
  } else {
    console.error(`spojnia: ${String(error)}`);
  }
  process.exit(1);
}
