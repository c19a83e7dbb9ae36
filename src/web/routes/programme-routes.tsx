import type { FastifyInstance } from 'fastify';
import { getProgrammeProfile } from '../../services/programmes/get-programme.js';
import { listAllProgrammes } from '../../services/programmes/list-programmes.js';
import { polishContext } from '../context.js';
import type { WebDependencies } from '../dependencies.js';
import { renderPage } from '../render.js';
import { ProgrammeListPage, ProgrammePage } from '../views/pages/programme-pages.js';
import { PAGE_SIZE, pageQuery } from './query.js';

export async function registerProgrammeRoutes(app: FastifyInstance, { readDb: db }: WebDependencies): Promise<void> {
  const query = pageQuery(polishContext().t);

  app.get('/programy', async (_request, reply) => {
    const programmes = await listAllProgrammes(db);
    return renderPage(reply, <ProgrammeListPage ctx={polishContext()} programmes={programmes} />);
  });

  app.get<{ Params: { slug: string } }>('/programy/:slug', async (request, reply) => {
    const { strona: page = 1 } = query.parse(request.query);
    const profile = await getProgrammeProfile(db, request.params.slug, { page, pageSize: PAGE_SIZE });
    return renderPage(
      reply,
      <ProgrammePage ctx={polishContext()} profile={profile} page={page} pageSize={PAGE_SIZE} />,
    );
  });
}
