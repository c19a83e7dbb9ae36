import { parseAmount } from '../../../domain/money.js';
import { type Problem, problem } from '../../../domain/problems.js';
import { type FormValues, optional, text } from './form-values.js';

/** Collects the problems of reading typed text into values, all at once. */
export class ValueReader {
  readonly problems: Problem[] = [];

  constructor(readonly values: FormValues) {}

  text(path: string): string {
    return text(this.values, path).trim();
  }

  optional(path: string): string | null {
    return optional(this.values, path);
  }

  required(path: string): string {
    const value = this.text(path);
    if (value === '') this.problems.push(problem(path, 'required', 'This field is required'));
    return value;
  }

  /** A value from a code list; anything else is a problem (a tampered select). */
  choice<T extends string>(path: string, allowed: readonly T[], fallback: T | null = null): T | null {
    const value = this.text(path);
    if (value === '') {
      if (fallback === null) this.problems.push(problem(path, 'required', 'Choose a value'));
      return fallback;
    }
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(problem(path, 'invalid_option', 'Unknown value'));
      return fallback;
    }
    return value as T;
  }

  optionalChoice<T extends string>(path: string, allowed: readonly T[]): T | null {
    const value = this.text(path);
    if (value === '') return null;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(problem(path, 'invalid_option', 'Unknown value'));
      return null;
    }
    return value as T;
  }

  /** Minor units from "1 015 798,80"; negative amounts are refused here already. */
  amount(path: string): number | null {
    const value = this.text(path);
    if (value === '') return null;
    const minor = parseAmount(value);
    if (minor === null) {
      this.problems.push(problem(path, 'not_an_amount', 'Not an amount'));
      return null;
    }
    if (minor < 0) {
      this.problems.push(problem(path, 'negative_amount', 'Amount cannot be negative'));
      return null;
    }
    return minor;
  }

  /** A decimal number written with a comma or a dot. */
  number(path: string): number | null {
    const value = this.text(path)
      .replace(/[\s\u00a0]/g, '')
      .replace(',', '.');
    if (value === '') return null;
    if (!/^-?\d+(\.\d+)?$/.test(value) || !Number.isFinite(Number(value))) {
      this.problems.push(problem(path, 'not_a_number', 'Not a number'));
      return null;
    }
    return Number(value);
  }

  wholeNumber(path: string): number | null {
    const value = this.text(path);
    if (value === '') return null;
    if (!/^\d{1,6}$/.test(value)) {
      this.problems.push(problem(path, 'not_a_whole_number', 'Not a whole number'));
      return null;
    }
    return Number(value);
  }
}
