import type { FastifyInstance } from 'fastify';
import { getProgrammeProfile } from '../../services/programmes/get-programme.js';
import { listAllProgrammes, listAllTopics } from '../../services/programmes/list-programmes.js';
import { getTopicProfile } from '../../services/topics/get-topic.js';
import type { ApiDependencies } from '../dependencies.js';
import { ENDPOINTS, routePath } from '../endpoints.js';
import {
  presentProgrammeList,
  presentProgrammeProfile,
  presentTopicList,
  presentTopicProfile,
} from '../presenters/programmes.js';
import { withoutBlankValues } from './query.js';

/** Programmes and topics: the taxonomies projects are filed under. */
export async function registerProgrammeRoutes(app: FastifyInstance, { readDb: db }: ApiDependencies): Promise<void> {
  const { listProgrammes, getProgramme, listTopics, getTopic } = ENDPOINTS;

  app.get(routePath(listProgrammes), async () => {
    const programmes = await listAllProgrammes(db);
    return presentProgrammeList(programmes);
  });

  app.get(routePath(getProgramme), async (request) => {
    const { slug } = getProgramme.params.parse(request.params);
    const page = getProgramme.query.parse(withoutBlankValues(request.query));
    const profile = await getProgrammeProfile(db, slug, page);
    return presentProgrammeProfile(profile, page);
  });

  app.get(routePath(listTopics), async () => {
    const topics = await listAllTopics(db);
    return presentTopicList(topics);
  });

  app.get(routePath(getTopic), async (request) => {
    const { slug } = getTopic.params.parse(request.params);
    const page = getTopic.query.parse(withoutBlankValues(request.query));
    const profile = await getTopicProfile(db, slug, page);
    return presentTopicProfile(profile, page);
  });
}
