import type { User } from '../../../domain/user.js';
import { listAllOrganisations } from '../../../services/organisations/save-organisation.js';
import { listAllProgrammes, listAllTopics } from '../../../services/programmes/list-programmes.js';
import { listProjectChoices } from '../../../services/projects/editorial-queries.js';
import type { SpojniaDb } from '../../../storage/database.js';
import type { AdminContext } from '../context.js';
import type { ProjectChoices } from '../views/project-form/sections-main.js';

/** The options of the project form's lists; the editor's own organisations come first. */
export async function loadProjectChoices(db: SpojniaDb, ctx: AdminContext, user: User): Promise<ProjectChoices> {
  const [programmes, organisations, topics, projects] = await Promise.all([
    listAllProgrammes(db),
    listAllOrganisations(db),
    listAllTopics(db),
    listProjectChoices(db),
  ]);
  const own = new Set(user.organisationSlugs);
  const option = (organisation: { slug: string; name: string; city: string | null }) =>
    [organisation.slug, organisation.city ? `${organisation.name} (${organisation.city})` : organisation.name] as const;
  const mine = organisations.filter((organisation) => own.has(organisation.slug)).map(option);
  const others = organisations.filter((organisation) => !own.has(organisation.slug)).map(option);
  const { hints } = ctx.t.form;
  return {
    programmes: programmes.map((programme) => [programme.slug, `${programme.shortName} – ${programme.name}`] as const),
    organisations: [
      ...(mine.length > 0 ? [{ label: hints.beneficiaryMine, options: mine }] : []),
      { label: hints.beneficiaryOthers, options: others },
    ],
    topics: topics.map((topic) => [topic.slug, ctx.lang === 'en' ? topic.nameEn : topic.namePl] as const),
    projects: projects.map((project) => [project.slug, project.title] as const),
  };
}
