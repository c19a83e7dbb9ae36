import {
  DATE_PRECISIONS,
  INDICATOR_KINDS,
  LINK_KINDS,
  PHASE_STATUSES,
  RELATION_KINDS,
} from '../../../../domain/codes.js';
import type { Options } from '../components/fields.js';
import { Area, Choice, type PartProps, Repeatable, Section, Text } from './form-parts.js';
import type { ProjectChoices } from './sections-main.js';

type Props = PartProps & { readonly choices: ProjectChoices; readonly rowCounts: Readonly<Record<string, number>> };

const codes = <T extends string>(list: readonly T[], labels: Record<T, string>): Options =>
  list.map((code) => [code, labels[code]] as const);

export function PlacesSection(props: Props) {
  const { ctx, problems, rowCounts } = props;
  const rows = ctx.t.fields.rowFields;
  return (
    <Section id="places" title={ctx.t.form.sections.places}>
      <Repeatable ctx={ctx} problems={problems} group="places" count={rowCounts.places ?? 1}>
        {(p) => (
          <>
            <Text {...props} path={`${p}label`} label={rows.label} />
            <Text {...props} path={`${p}country`} label={rows.country} width="short" />
            <Text {...props} path={`${p}voivodeship`} label={rows.voivodeship} />
            <Text {...props} path={`${p}county`} label={rows.county} />
            <Text {...props} path={`${p}municipality`} label={rows.municipality} />
            <Text {...props} path={`${p}teryt`} label={rows.teryt} inputMode="numeric" width="short" />
            <Text {...props} path={`${p}city`} label={rows.city} />
            <Text {...props} path={`${p}areaName`} label={rows.areaName} />
            <Text {...props} path={`${p}latitude`} label={rows.latitude} inputMode="decimal" width="short" />
            <Text {...props} path={`${p}longitude`} label={rows.longitude} inputMode="decimal" width="short" />
          </>
        )}
      </Repeatable>
    </Section>
  );
}

export function TimelineSection(props: Props) {
  const { ctx, problems, rowCounts } = props;
  const { t } = ctx;
  const rows = t.fields.rowFields;
  return (
    <Section id="timeline" title={t.form.sections.timeline}>
      <Repeatable ctx={ctx} problems={problems} group="phases" count={rowCounts.phases ?? 1}>
        {(p) => (
          <>
            <Text {...props} path={`${p}name`} label={rows.name} />
            <Text {...props} path={`${p}startDate`} label={rows.startDate} type="date" width="short" />
            <Text {...props} path={`${p}endDate`} label={rows.endDate} type="date" width="short" />
            <Text
              {...props}
              path={`${p}durationMonths`}
              label={rows.durationMonths}
              inputMode="numeric"
              width="short"
            />
            <Choice
              {...props}
              path={`${p}status`}
              label={rows.status}
              options={codes(PHASE_STATUSES, ctx.codes.phaseStatus)}
              empty={t.common.choose}
            />
            <Area {...props} path={`${p}description`} label={rows.description} rows={3} />
          </>
        )}
      </Repeatable>
      <Repeatable ctx={ctx} problems={problems} group="updates" count={rowCounts.updates ?? 1}>
        {(p) => (
          <>
            <Text {...props} path={`${p}date`} label={rows.date} type="date" width="short" />
            <Choice
              {...props}
              path={`${p}datePrecision`}
              label={rows.datePrecision}
              options={DATE_PRECISIONS.map((precision) => [precision, precision] as const)}
              empty={t.common.choose}
            />
            <Text {...props} path={`${p}title`} label={rows.title} />
            <Area {...props} path={`${p}body`} label={rows.body} rows={3} />
            <Text {...props} path={`${p}titleEn`} label={rows.titleEn} />
            <Area {...props} path={`${p}bodyEn`} label={rows.bodyEn} rows={3} />
          </>
        )}
      </Repeatable>
    </Section>
  );
}

export function IndicatorsSection(props: Props) {
  const { ctx, problems, rowCounts } = props;
  const { t } = ctx;
  const rows = t.fields.rowFields;
  return (
    <Section id="indicators" title={t.form.sections.results}>
      <Repeatable ctx={ctx} problems={problems} group="indicators" count={rowCounts.indicators ?? 1}>
        {(p) => (
          <>
            <Choice
              {...props}
              path={`${p}kind`}
              label={rows.kind}
              options={codes(INDICATOR_KINDS, ctx.codes.indicatorKind)}
              empty={t.common.choose}
            />
            <Text {...props} path={`${p}name`} label={rows.name} />
            <Text {...props} path={`${p}unit`} label={rows.unit} width="medium" />
            <Text {...props} path={`${p}baseline`} label={rows.baseline} inputMode="decimal" width="short" />
            <Text {...props} path={`${p}target`} label={rows.target} inputMode="decimal" width="short" />
            <Text {...props} path={`${p}achieved`} label={rows.achieved} inputMode="decimal" width="short" />
          </>
        )}
      </Repeatable>
    </Section>
  );
}

export function LinksSection(props: Props) {
  const { ctx, problems, rowCounts, choices } = props;
  const { t } = ctx;
  const rows = t.fields.rowFields;
  return (
    <Section id="links" title={t.form.sections.links}>
      <Repeatable ctx={ctx} problems={problems} group="links" count={rowCounts.links ?? 1}>
        {(p) => (
          <>
            <Choice
              {...props}
              path={`${p}kind`}
              label={rows.kind}
              options={codes(LINK_KINDS, ctx.codes.linkKind)}
              empty={t.common.choose}
            />
            <Text {...props} path={`${p}title`} label={rows.title} />
            <Text {...props} path={`${p}url`} label={rows.url} type="url" />
          </>
        )}
      </Repeatable>
      <Repeatable ctx={ctx} problems={problems} group="relations" count={rowCounts.relations ?? 1}>
        {(p) => (
          <>
            <Choice
              {...props}
              path={`${p}kind`}
              label={rows.kind}
              options={codes(RELATION_KINDS, ctx.codes.relationKind)}
              empty={t.common.choose}
            />
            <Choice
              {...props}
              path={`${p}targetSlug`}
              label={rows.targetSlug}
              options={choices.projects}
              empty={t.common.noChoice}
            />
            <Text {...props} path={`${p}targetTitle`} label={rows.targetTitle} />
            <Text {...props} path={`${p}note`} label={rows.note} />
          </>
        )}
      </Repeatable>
    </Section>
  );
}

export function GroupsSection(props: Props) {
  const { ctx, problems, rowCounts } = props;
  const { t } = ctx;
  const rows = t.fields.rowFields;
  return (
    <Section id="groups" title={t.form.sections.groups}>
      <Repeatable ctx={ctx} problems={problems} group="groups" count={rowCounts.groups ?? 1}>
        {(p) => (
          <>
            <Text {...props} path={`${p}name`} label={rows.name} />
            <Area {...props} path={`${p}description`} label={rows.description} rows={3} />
            <Area {...props} path={`${p}members`} label={rows.members} rows={5} hint={t.form.hints.members} />
          </>
        )}
      </Repeatable>
    </Section>
  );
}

export function ContactSection(props: Props) {
  const { t } = props.ctx;
  return (
    <>
      <Section id="contact" title={t.form.sections.contact}>
        <Text {...props} path="contact.name" />
        <Text {...props} path="contact.email" type="email" />
        <Text {...props} path="contact.phone" type="tel" width="medium" />
        <Area {...props} path="contact.note" rows={3} />
        <Text {...props} path="website" type="url" />
      </Section>
      <Section id="ids" title={t.form.sections.ids}>
        <Text {...props} path="contractNumber" width="medium" />
        <Text {...props} path="externalIds.kohesio" width="medium" />
        <Text {...props} path="externalIds.officialList" width="medium" />
        <Text {...props} path="externalIds.keepEu" width="medium" />
      </Section>
    </>
  );
}
