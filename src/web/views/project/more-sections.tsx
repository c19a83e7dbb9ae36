import type { Project } from '../../../domain/project.js';
import type { RenderContext } from '../../context.js';
import { ExternalLink, Fact, Facts } from '../components/facts.js';
import { originalLang } from '../components/localised.js';
import { PlainText, Section, TableScroll } from '../components/section.js';

/** Outputs and results with baseline, target and achieved values. */
export function IndicatorsSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t, format } = ctx;
  if (project.indicators.length === 0) return null;
  const columns = t.project.indicatorColumns;
  const value = (number: number | null) =>
    number === null ? (
      <>
        <span aria-hidden="true">—</span>
        <span class="visually-hidden">{t.common.notGiven}</span>
      </>
    ) : (
      format.number(number)
    );
  return (
    <Section id="wskazniki" title={t.project.indicatorsHeading}>
      <TableScroll label={t.project.indicatorsCaption}>
        <table class="data-table">
          <caption>{t.project.indicatorsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.kind}</th>
              <th scope="col">{columns.unit}</th>
              <th scope="col" class="num">
                {columns.baseline}
              </th>
              <th scope="col" class="num">
                {columns.target}
              </th>
              <th scope="col" class="num">
                {columns.achieved}
              </th>
            </tr>
          </thead>
          <tbody>
            {project.indicators.map((indicator, index) => (
              <tr key={`${index}-${indicator.name}`}>
                <th scope="row" lang={originalLang(ctx)}>
                  {indicator.name}
                </th>
                <td>{t.codes.indicatorKind[indicator.kind]}</td>
                <td lang={originalLang(ctx)}>{indicator.unit}</td>
                <td class="num">{value(indicator.baseline)}</td>
                <td class="num">{value(indicator.target)}</td>
                <td class="num">{value(indicator.achieved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}

/** Documents, photos, videos and other links. */
export function LinksSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t } = ctx;
  if (project.links.length === 0) return null;
  return (
    <Section id="dokumenty" title={t.project.linksHeading}>
      <ul class="link-list">
        {project.links.map((link, index) => (
          <li key={`${index}-${link.url}`}>
            <span class="link-kind">{t.codes.linkKind[link.kind]}:</span>{' '}
            <ExternalLink ctx={ctx} href={link.url}>
              <span lang={originalLang(ctx)}>{link.title}</span>
            </ExternalLink>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** Who to ask about the project, and its own website. */
export function ContactSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t } = ctx;
  const { contact, website } = project;
  if (!contact && !website) return null;
  return (
    <Section id="kontakt" title={t.project.contactHeading}>
      {contact?.note ? (
        <div lang={originalLang(ctx)}>
          <PlainText text={contact.note} />
        </div>
      ) : null}
      <Facts>
        <Fact label={t.project.contact.name}>{contact?.name ?? null}</Fact>
        <Fact label={t.project.contact.email}>
          {contact?.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
        </Fact>
        <Fact label={t.project.contact.phone}>
          {contact?.phone ? <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a> : null}
        </Fact>
        <Fact label={t.common.website}>
          {website ? (
            <ExternalLink ctx={ctx} href={website}>
              {website}
            </ExternalLink>
          ) : null}
        </Fact>
      </Facts>
    </Section>
  );
}

/** Where the record comes from and when it last changed. */
export function ProvenanceSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t, format } = ctx;
  const { provenance } = project;
  const source =
    provenance.source === 'import' && provenance.file
      ? t.project.importedFrom(provenance.file, provenance.row)
      : t.codes.provenance[provenance.source];
  return (
    <Section id="zrodlo" title={t.project.provenanceHeading}>
      <Facts>
        <Fact label={t.project.provenanceHeading}>{source}</Fact>
        <Fact label={t.project.lastChange}>
          {project.updatedAt ? (
            <time dateTime={project.updatedAt}>{format.date(project.updatedAt.slice(0, 10))}</time>
          ) : null}
        </Fact>
      </Facts>
    </Section>
  );
}
