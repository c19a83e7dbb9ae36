import type { Phase, Project, ProjectUpdate } from '../../../domain/project.js';
import type { RenderContext } from '../../context.js';
import { dateRange } from '../components/facts.js';
import { InPolishNote, LocalisedInline, localised, originalLang } from '../components/localised.js';
import { PlainText, Section } from '../components/section.js';

/** The phases in order, as a timeline. */
export function PhasesSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t } = ctx;
  const lang = originalLang(ctx);
  if (project.phases.length === 0) return null;
  return (
    <Section id="etapy" title={t.project.phasesHeading}>
      <ol class="timeline">
        {project.phases.map((phase, index) => (
          <li class={`timeline__item timeline__item--${phase.status.replace('_', '-')}`} key={`${index}-${phase.name}`}>
            <h3 lang={lang}>{phase.name}</h3>
            <p class="timeline__meta">
              <span class="badge badge--phase">{t.codes.phaseStatus[phase.status]}</span> {phaseWhen(ctx, phase)}
            </p>
            {phase.description ? <p lang={lang}>{phase.description}</p> : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}

function phaseWhen(ctx: RenderContext, phase: Phase): string {
  const parts: string[] = [];
  if (phase.startDate || phase.endDate) parts.push(dateRange(ctx, phase.startDate, phase.endDate));
  if (phase.durationMonths !== null) parts.push(ctx.t.project.duration(phase.durationMonths));
  return parts.join(' · ');
}

/** The machine-readable form of a date known to a day, a month or a year. */
function datetimeAttribute(update: ProjectUpdate): string {
  if (update.datePrecision === 'year') return update.date.slice(0, 4);
  if (update.datePrecision === 'month') return update.date.slice(0, 7);
  return update.date;
}

/** Dated news of the project, newest first. */
export function UpdatesSection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t, format } = ctx;
  if (project.updates.length === 0) return null;
  const updates = [...project.updates].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Section id="aktualnosci" title={t.project.updatesHeading}>
      <ol class="updates">
        {updates.map((update, index) => {
          const title = localised(ctx, update.title, update.translations, 'title');
          const body = localised(ctx, update.body, update.translations, 'body');
          return (
            <li key={`${update.date}-${index}`}>
              <article class="update">
                <h3>
                  <LocalisedInline ctx={ctx} text={title} />
                </h3>
                <p class="update__date">
                  <time dateTime={datetimeAttribute(update)}>
                    {format.dateWithPrecision(update.date, update.datePrecision)}
                  </time>
                  {body.isFallback && !title.isFallback ? (
                    <>
                      {' '}
                      <InPolishNote ctx={ctx} />
                    </>
                  ) : null}
                </p>
                {body.isFallback ? (
                  <div lang={body.language}>
                    <PlainText text={body.text} />
                  </div>
                ) : (
                  <PlainText text={body.text} />
                )}
              </article>
            </li>
          );
        })}
      </ol>
    </Section>
  );
}
