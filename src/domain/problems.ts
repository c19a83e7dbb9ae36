/**
 * One thing wrong with an input, tied to the field it concerns. `code` is stable so a view
 * can word it in the reader's language; `message` is the English wording for the API.
 */
export interface Problem {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface ValidationResult {
  /** Problems that stop a save. */
  readonly errors: readonly Problem[];
  /** Facts worth showing that do not stop a save, such as a breakdown that does not add up. */
  readonly warnings: readonly Problem[];
}

export function problem(path: string, code: string, message: string): Problem {
  return { path, code, message };
}
