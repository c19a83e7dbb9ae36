import type { FastifyInstance } from 'fastify';
import { listAllProgrammes, listAllTopics } from '../../services/programmes/list-programmes.js';
import { browseProjects } from '../../services/projects/browse-projects.js';
import { getPublishedProject } from '../../services/projects/get-project.js';
import type { WebDependencies } from '../dependencies.js';
import { renderPage } from '../render.js';
import type { Site } from '../site.js';
import { ProjectListPage } from '../views/pages/project-list-page.js';
import { ProjectPage } from '../views/pages/project-page.js';
import { PAGE_SIZE, projectListQuery } from './query.js';

export async function registerProjectRoutes(
  app: FastifyInstance,
  { readDb: db }: WebDependencies,
  site: Site,
): Promise<void> {
  const ctx = site.context;
  const listQuery = projectListQuery(site.t);

  app.get(site.paths.routes.projects, async (request, reply) => {
    const { strona: page = 1, program, temat, status } = listQuery.parse(request.query);
    const filters = { program, temat, status };
    const [result, programmes, topics] = await Promise.all([
      browseProjects(db, { programmeSlug: program, topicSlug: temat, status }, { page, pageSize: PAGE_SIZE }),
      listAllProgrammes(db),
      listAllTopics(db),
    ]);
    return renderPage(
      reply,
      <ProjectListPage
        ctx={ctx(request)}
        filters={filters}
        page={page}
        pageSize={PAGE_SIZE}
        result={result}
        programmes={programmes}
        topics={topics}
      />,
    );
  });

  app.get<{ Params: { slug: string } }>(site.paths.routes.project, async (request, reply) => {
    const project = await getPublishedProject(db, request.params.slug);
    return renderPage(reply, <ProjectPage ctx={ctx(request)} project={project} />);
  });
}
