import {
  FUNDING_SOURCES,
  FUNDS,
  PARTNER_ROLES,
  PROGRAMMING_PERIODS,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
} from '../../../../domain/codes.js';
import { CURRENCIES } from '../../../../domain/money.js';
import { list, text } from '../../forms/form-values.js';
import { CheckboxList, type OptionGroup, type Options, SelectField } from '../components/fields.js';
import { Area, Choice, labelOf, type PartProps, Repeatable, Section, Text } from './form-parts.js';

export interface ProjectChoices {
  readonly programmes: Options;
  /** The signed-in editor's organisations first, then the others. */
  readonly organisations: readonly OptionGroup[];
  readonly topics: Options;
  readonly projects: Options;
}

type Props = PartProps & { readonly choices: ProjectChoices; readonly rowCounts: Readonly<Record<string, number>> };

const codes = <T extends string>(list: readonly T[], labels: Record<T, string>): Options =>
  list.map((code) => [code, labels[code]] as const);

export function BasicsSection(props: Props) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <Section id="basics" title={t.form.sections.basics}>
      <Text {...props} path="title" required />
      <Text {...props} path="slug" required hint={t.form.hints.slug} width="medium" />
      <Area {...props} path="summary" rows={3} />
      <Choice {...props} path="status" options={codes(PROJECT_STATUSES, ctx.codes.status)} required />
      <div class="field-row">
        <Text {...props} path="startDate" type="date" hint={t.form.hints.date} width="short" />
        <Text {...props} path="endDate" type="date" hint={t.form.hints.date} width="short" />
      </div>
      <Choice
        {...props}
        path="category"
        options={codes(PROJECT_CATEGORIES, ctx.codes.category)}
        empty={t.common.noChoice}
      />
    </Section>
  );
}

export function TextsSection(props: Props) {
  const { t } = props.ctx;
  return (
    <Section id="texts" title={t.form.sections.texts}>
      <Area {...props} path="goal" rows={4} />
      <Area {...props} path="description" rows={10} hint={t.form.hints.richText} />
      <Area {...props} path="results" rows={6} hint={t.form.hints.richText} />
    </Section>
  );
}

/** The translatable texts in English; the Polish ones above are the originals. */
export function EnglishSection(props: Props) {
  const { t } = props.ctx;
  return (
    <Section id="english" title={t.form.sections.english}>
      <p class="field__hint">{t.form.hints.english}</p>
      <Text {...props} path="translations.en.title" />
      <Area {...props} path="translations.en.summary" rows={3} />
      <Area {...props} path="translations.en.goal" rows={4} />
      <Area {...props} path="translations.en.description" rows={8} hint={t.form.hints.richText} />
      <Area {...props} path="translations.en.results" rows={5} hint={t.form.hints.richText} />
    </Section>
  );
}

export function ProgrammeSection(props: Props) {
  const { ctx, values, problems, choices } = props;
  const { t } = ctx;
  return (
    <Section id="programme" title={t.form.sections.programme}>
      <Choice {...props} path="programmeSlug" options={choices.programmes} empty={t.common.noChoice} />
      <Choice
        {...props}
        path="period"
        options={codes(
          PROGRAMMING_PERIODS,
          Object.fromEntries(PROGRAMMING_PERIODS.map((p) => [p, p])) as Record<string, string>,
        )}
        empty={t.common.noChoice}
      />
      {(['priorityAxis', 'measure', 'subMeasure'] as const).map((key) => (
        <div class="field-row" key={key}>
          <Text {...props} path={`${key}.code`} width="short" />
          <Text {...props} path={`${key}.name`} />
        </div>
      ))}
      <CheckboxList
        ctx={ctx}
        path="funds"
        label={labelOf(ctx, 'funds')}
        values={list(values, 'funds')}
        options={codes(FUNDS, ctx.codes.fund)}
        problems={problems}
      />
      {choices.topics.length > 0 ? (
        <CheckboxList
          ctx={ctx}
          path="topicSlugs"
          label={labelOf(ctx, 'topicSlugs')}
          values={list(values, 'topicSlugs')}
          options={choices.topics}
          problems={problems}
        />
      ) : (
        <p>{t.form.noTopics}</p>
      )}
    </Section>
  );
}

export function MoneySection(props: Props) {
  const { ctx, rowCounts } = props;
  const { t } = ctx;
  const rows = t.fields.rowFields;
  return (
    <Section id="money" title={t.form.sections.money}>
      <Choice {...props} path="currency" options={CURRENCIES.map((code) => [code, code] as const)} required />
      <Text {...props} path="totalValue" inputMode="decimal" hint={t.form.hints.amount} width="medium" />
      <Text {...props} path="eligibleExpenditure" inputMode="decimal" width="medium" />
      <Text {...props} path="cofinancing" inputMode="decimal" width="medium" />
      <Repeatable ctx={ctx} problems={props.problems} group="funding" count={rowCounts.funding ?? 1}>
        {(p) => (
          <>
            <Choice
              {...props}
              path={`${p}source`}
              label={rows.source}
              options={codes(FUNDING_SOURCES, ctx.codes.fundingSource)}
              empty={t.common.choose}
            />
            <Text {...props} path={`${p}amount`} label={rows.amount} inputMode="decimal" width="medium" />
          </>
        )}
      </Repeatable>
    </Section>
  );
}

export function PeopleSection(props: Props) {
  const { ctx, values, problems, choices, rowCounts } = props;
  const { t } = ctx;
  const rows = t.fields.rowFields;
  return (
    <Section id="people" title={t.form.sections.people}>
      <SelectField
        ctx={ctx}
        path="beneficiarySlug"
        label={labelOf(ctx, 'beneficiarySlug')}
        value={text(values, 'beneficiarySlug')}
        groups={choices.organisations}
        empty={t.common.noChoice}
        problems={problems}
      />
      <Repeatable ctx={ctx} problems={problems} group="partners" count={rowCounts.partners ?? 1}>
        {(p) => (
          <>
            <SelectField
              ctx={ctx}
              path={`${p}organisationSlug`}
              label={rows.organisationSlug ?? 'organisation'}
              value={text(values, `${p}organisationSlug`)}
              groups={choices.organisations}
              empty={t.common.choose}
              problems={problems}
            />
            <Choice
              {...props}
              path={`${p}role`}
              label={rows.role}
              options={codes(PARTNER_ROLES, ctx.codes.partnerRoleGroup)}
              empty={t.common.choose}
            />
            <Text {...props} path={`${p}note`} label={rows.note} />
          </>
        )}
      </Repeatable>
    </Section>
  );
}
