import type { ComponentChildren } from 'preact';
import type { Problem } from '../../../../domain/problems.js';
import type { AdminContext } from '../../context.js';
import type { FormValues } from '../../forms/form-values.js';
import { rowCount } from '../../forms/form-values.js';
import { PROJECT_GROUP_NAMES } from '../../forms/project-shape.js';
import { ErrorSummary } from '../components/error-summary.js';
import { PostForm } from '../components/fields.js';
import { FormProblems, wordProblems } from '../components/problems.js';
import { AdminLayout } from '../layout.js';
import { labelOf } from './form-parts.js';
import {
  BasicsSection,
  EnglishSection,
  MoneySection,
  PeopleSection,
  ProgrammeSection,
  type ProjectChoices,
  TextsSection,
} from './sections-main.js';
import {
  ContactSection,
  GroupsSection,
  IndicatorsSection,
  LinksSection,
  PlacesSection,
  TimelineSection,
} from './sections-more.js';

export interface ProjectFormPageProps {
  readonly ctx: AdminContext;
  readonly heading: string;
  readonly action: string;
  readonly values: FormValues;
  readonly problems: readonly Problem[];
  /** Messages not tied to one field (unknown fields sent). */
  readonly general?: readonly string[];
  readonly choices: ProjectChoices;
  /** The project's last change time when the form was opened (edits only). */
  readonly version?: string;
  /** The group that asked for one more empty row. */
  readonly addedRowTo?: string;
  readonly cancelUrl: string;
  /** State and actions of a stored project, above the form. */
  readonly toolbar?: ComponentChildren;
}

/**
 * The whole project form: every field of the model, repeatable groups with an empty row each,
 * and every problem both at the top and next to its field.
 */
export function ProjectFormPage(props: ProjectFormPageProps) {
  const { ctx, heading, action, values, choices, version, addedRowTo, cancelUrl } = props;
  const { t } = ctx;
  const problems = new FormProblems(wordProblems(t, props.problems));
  const rowCounts = Object.fromEntries(
    PROJECT_GROUP_NAMES.map((group) => [group, rowCount(values, group) + 1 + (addedRowTo === group ? 1 : 0)]),
  );
  const parts = { ctx, values, problems, choices, rowCounts };
  return (
    <AdminLayout ctx={ctx} title={heading} section="projects">
      <h1>{heading}</h1>
      {props.toolbar ?? null}
      <ErrorSummary ctx={ctx} problems={problems} labelOf={(path) => labelOf(ctx, path)} general={props.general} />
      {addedRowTo ? (
        <p class="notice" role="status">
          {t.form.rowAdded}
        </p>
      ) : null}
      <PostForm ctx={ctx} action={action} class="project-form">
        {version ? <input type="hidden" name="_version" value={version} /> : null}
        {/* The first submit button is the one Enter presses: saving, not adding a row. */}
        <div class="form-actions form-actions--top">
          <button type="submit" name="_action" value="save" class="button">
            {t.common.save}
          </button>
        </div>
        <BasicsSection {...parts} />
        <TextsSection {...parts} />
        <EnglishSection {...parts} />
        <ProgrammeSection {...parts} />
        <MoneySection {...parts} />
        <PeopleSection {...parts} />
        <PlacesSection {...parts} />
        <TimelineSection {...parts} />
        <IndicatorsSection {...parts} />
        <LinksSection {...parts} />
        <GroupsSection {...parts} />
        <ContactSection {...parts} />
        <div class="form-actions">
          <button type="submit" name="_action" value="save" class="button">
            {t.common.save}
          </button>
          <a href={cancelUrl} class="button button--secondary">
            {t.common.cancel}
          </a>
        </div>
      </PostForm>
    </AdminLayout>
  );
}
