import type { FastifyInstance } from 'fastify';
import { browseProjects } from '../../services/projects/browse-projects.js';
import { getPublishedProject } from '../../services/projects/get-project.js';
import type { ApiDependencies } from '../dependencies.js';
import { ENDPOINTS, routePath } from '../endpoints.js';
import { presentProject } from '../presenters/project.js';
import { presentProjectList } from '../presenters/projects.js';
import { withoutBlankValues } from './query.js';

export async function registerProjectRoutes(app: FastifyInstance, { readDb: db }: ApiDependencies): Promise<void> {
  const { listProjects, getProject } = ENDPOINTS;

  app.get(routePath(listProjects), async (request) => {
    const query = listProjects.query.parse(withoutBlankValues(request.query));
    const { page, pageSize, programme, topic, status, period } = query;
    const result = await browseProjects(
      db,
      { programmeSlug: programme, topicSlug: topic, status, period },
      { page, pageSize },
    );
    return presentProjectList(result, query);
  });

  app.get(routePath(getProject), async (request) => {
    const { slug } = getProject.params.parse(request.params);
    const project = await getPublishedProject(db, slug);
    return presentProject(project);
  });
}
