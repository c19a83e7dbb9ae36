import type { FastifyInstance } from 'fastify';
import { getProgrammeProfile } from '../../services/programmes/get-programme.js';
import { listAllProgrammes } from '../../services/programmes/list-programmes.js';
import type { WebDependencies } from '../dependencies.js';
import { renderPage } from '../render.js';
import type { Site } from '../site.js';
import { ProgrammeListPage, ProgrammePage } from '../views/pages/programme-pages.js';
import { PAGE_SIZE, pageQuery } from './query.js';

export async function registerProgrammeRoutes(
  app: FastifyInstance,
  { readDb: db }: WebDependencies,
  site: Site,
): Promise<void> {
  const query = pageQuery(site.t);

  app.get(site.paths.routes.programmes, async (request, reply) => {
    const programmes = await listAllProgrammes(db);
    return renderPage(reply, <ProgrammeListPage ctx={site.context(request)} programmes={programmes} />);
  });

  app.get<{ Params: { slug: string } }>(site.paths.routes.programme, async (request, reply) => {
    const { strona: page = 1 } = query.parse(request.query);
    const profile = await getProgrammeProfile(db, request.params.slug, { page, pageSize: PAGE_SIZE });
    return renderPage(
      reply,
      <ProgrammePage ctx={site.context(request)} profile={profile} page={page} pageSize={PAGE_SIZE} />,
    );
  });
}
