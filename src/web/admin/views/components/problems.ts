import type { Problem } from '../../../../domain/problems.js';
import type { AdminMessages } from '../../i18n/pl.js';

/** Lists whose items are checkboxes: a problem with one item is shown at the whole list. */
const CHECKBOX_LISTS = /^(topicSlugs|funds|organisationSlugs)\.\d+$/;

/** A problem worded for the reader, at the path of the control it concerns. */
export interface ShownProblem {
  readonly path: string;
  readonly message: string;
}

export function wordProblems(t: AdminMessages, problems: readonly Problem[]): ShownProblem[] {
  return problems.map((item) => ({
    path: CHECKBOX_LISTS.test(item.path) ? item.path.replace(/\.\d+$/, '') : item.path,
    message: t.problems[item.code] ?? item.message,
  }));
}

/** The problems of a form, looked up by the path of a field, a row or a group. */
export class FormProblems {
  constructor(readonly all: readonly ShownProblem[]) {}

  static none(): FormProblems {
    return new FormProblems([]);
  }

  at(path: string): string[] {
    return this.all.filter((item) => item.path === path).map((item) => item.message);
  }

  get isEmpty(): boolean {
    return this.all.length === 0;
  }
}

/** The id of a control from its path: "partners.0.role" → "f-partners-0-role". */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
