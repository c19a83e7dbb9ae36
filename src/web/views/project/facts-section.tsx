import type { CodeName, Project } from '../../../domain/project.js';
import type { RenderContext } from '../../context.js';
import { StatusBadge } from '../components/badges.js';
import { Fact, Facts } from '../components/facts.js';
import { originalLang } from '../components/localised.js';
import { Section } from '../components/section.js';

/** "Działanie 4.3 Współpraca ponadnarodowa": the name is the programme's own, so it stays Polish. */
function CodeNameText({ ctx, label, value }: { ctx: RenderContext; label: string; value: CodeName | null }) {
  if (!value) return null;
  const prefix = [label, value.code].filter((part) => part.trim() !== '').join(' ');
  if (value.name.trim() === '') return <>{prefix}</>;
  return (
    <>
      {prefix} <span lang={originalLang(ctx)}>{value.name}</span>
    </>
  );
}

/** Where the project sits in the funding system, and its classification and dates. */
export function FactsSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t, format, paths } = ctx;
  const { externalIds } = project;
  return (
    <Section id="program" title={t.project.factsHeading}>
      <Facts>
        <Fact label={t.common.programme}>
          {project.programme ? (
            <a href={paths.programme(project.programme.slug)}>
              {t.programmeName(project.programme)}
              {project.programme.shortName !== t.programmeName(project.programme)
                ? ` (${project.programme.shortName})`
                : ''}
            </a>
          ) : null}
        </Fact>
        <Fact label={t.project.priorityAxis}>
          {project.priorityAxis ? (
            <CodeNameText ctx={ctx} label={t.project.priorityAxis} value={project.priorityAxis} />
          ) : null}
        </Fact>
        <Fact label={t.project.measure}>
          {project.measure ? <CodeNameText ctx={ctx} label={t.project.measure} value={project.measure} /> : null}
        </Fact>
        <Fact label={t.project.subMeasure}>
          {project.subMeasure ? (
            <CodeNameText ctx={ctx} label={t.project.subMeasure} value={project.subMeasure} />
          ) : null}
        </Fact>
        <Fact label={t.project.funds}>
          {project.funds.length > 0 ? (
            <ul class="plain-list">
              {project.funds.map((fund) => (
                <li key={fund}>{t.codes.fund[fund]}</li>
              ))}
            </ul>
          ) : null}
        </Fact>
        <Fact label={t.project.period}>{project.period ?? project.programme?.period ?? null}</Fact>
        <Fact label={t.project.topics}>
          {project.topics.length > 0 ? (
            <ul class="tag-list">
              {project.topics.map((topic) => (
                <li key={topic.slug}>
                  <a href={paths.projectList({ temat: topic.slug })}>{t.topicName(topic)}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </Fact>
        <Fact label={t.project.category}>{project.category ? t.codes.category[project.category] : null}</Fact>
        <Fact label={t.common.status}>
          <StatusBadge ctx={ctx} status={project.status} />
        </Fact>
        <Fact label={t.project.startDate}>
          {project.startDate ? <time dateTime={project.startDate}>{format.date(project.startDate)}</time> : null}
        </Fact>
        <Fact label={t.project.endDate}>
          {project.endDate ? <time dateTime={project.endDate}>{format.date(project.endDate)}</time> : null}
        </Fact>
        <Fact label={t.project.contractNumber}>{project.contractNumber}</Fact>
        <Fact label={t.codes.externalId.kohesio}>{externalIds.kohesio}</Fact>
        <Fact label={t.codes.externalId.officialList}>{externalIds.officialList}</Fact>
        <Fact label={t.codes.externalId.keepEu}>{externalIds.keepEu}</Fact>
      </Facts>
    </Section>
  );
}
