import type { ProgrammeProfile } from '../../../services/programmes/get-programme.js';
import type { ProgrammeWithCount } from '../../../services/programmes/list-programmes.js';
import type { RenderContext } from '../../context.js';
import { ExternalLink, Fact, Facts } from '../components/facts.js';
import { originalLang } from '../components/localised.js';
import { Pagination } from '../components/pagination.js';
import { ProjectCards } from '../components/project-cards.js';
import { Section, TableScroll } from '../components/section.js';
import { TotalsSummary } from '../components/totals.js';
import { Layout } from '../layout.js';

/** Every programme in a table, with the number of its published projects. */
export function ProgrammeListPage({
  ctx,
  programmes,
}: {
  ctx: RenderContext;
  programmes: readonly ProgrammeWithCount[];
}) {
  const { t, format, paths } = ctx;
  const columns = t.programmes.columns;
  return (
    <Layout ctx={ctx} title={t.programmes.title} section="programmes">
      <h1>{t.programmes.heading}</h1>
      <p class="lead">{t.programmes.intro}</p>
      <TableScroll label={t.programmes.caption}>
        <table class="data-table">
          <caption>{t.programmes.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.name}</th>
              <th scope="col">{columns.shortName}</th>
              <th scope="col">{columns.period}</th>
              <th scope="col">{columns.funds}</th>
              <th scope="col" class="num">
                {columns.projects}
              </th>
            </tr>
          </thead>
          <tbody>
            {programmes.map((programme) => (
              <tr key={programme.slug}>
                <th scope="row">
                  <a href={paths.programme(programme.slug)}>{t.programmeName(programme)}</a>
                </th>
                <td>{programme.shortName}</td>
                <td class="nowrap">{programme.period}</td>
                <td>
                  {programme.funds.map((fund) => (
                    <abbr key={fund} title={t.codes.fund[fund]} class="fund">
                      {t.codes.fundShort[fund]}
                    </abbr>
                  ))}
                </td>
                <td class="num">{format.number(programme.projectCount, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Layout>
  );
}

interface ProgrammePageProps {
  readonly ctx: RenderContext;
  readonly profile: ProgrammeProfile;
  readonly page: number;
  readonly pageSize: number;
}

/** A programme's facts and totals, and its projects page by page. */
export function ProgrammePage({ ctx, profile, page, pageSize }: ProgrammePageProps) {
  const { t, paths } = ctx;
  const { programme, projects, totals } = profile;
  return (
    <Layout
      ctx={ctx}
      title={t.programmeName(programme)}
      section="programmes"
      crumbs={[
        { label: t.site.home, href: paths.home },
        { label: t.programmes.title, href: paths.programmes },
      ]}
      crumbCurrent={programme.shortName}
    >
      <h1>{t.programmeName(programme)}</h1>
      <Facts>
        <Fact label={t.programmes.columns.shortName}>{programme.shortName}</Fact>
        <Fact label={t.programmes.code}>{programme.code}</Fact>
        <Fact label={t.project.period}>{programme.period}</Fact>
        <Fact label={t.project.funds}>
          {programme.funds.length > 0 ? (
            <ul class="plain-list">
              {programme.funds.map((fund) => (
                <li key={fund}>{t.codes.fund[fund]}</li>
              ))}
            </ul>
          ) : null}
        </Fact>
        <Fact label={t.programmes.managingAuthority}>
          {programme.managingAuthority ? <span lang={originalLang(ctx)}>{programme.managingAuthority}</span> : null}
        </Fact>
        <Fact label={t.common.website}>
          {programme.website ? (
            <ExternalLink ctx={ctx} href={programme.website}>
              {programme.website}
            </ExternalLink>
          ) : null}
        </Fact>
      </Facts>
      <Section id="w-liczbach" title={t.totals.heading}>
        <TotalsSummary ctx={ctx} totals={totals} />
      </Section>
      <Section id="projekty" title={`${t.programmes.projectsHeading} (${projects.total})`}>
        {projects.total === 0 ? <p>{t.programmes.noProjects}</p> : null}
        {projects.total > 0 ? (
          <p>
            <a href={paths.projectList({ program: programme.slug })}>{t.programmes.openInList}</a>
          </p>
        ) : null}
        {projects.items.length === 0 && projects.total > 0 ? (
          <p>
            {t.list.pageBeyondEnd} <a href={paths.programme(programme.slug)}>{t.list.backToFirst}</a>
          </p>
        ) : null}
        <ProjectCards ctx={ctx} projects={projects.items} />
        <Pagination
          ctx={ctx}
          path={paths.programme(programme.slug)}
          query={{}}
          page={page}
          pageSize={pageSize}
          total={projects.total}
        />
      </Section>
    </Layout>
  );
}
