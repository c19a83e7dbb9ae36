import type { z } from 'zod';
import type { Programme, Topic } from '../../domain/programme.js';
import type { ProgrammeProfile } from '../../services/programmes/get-programme.js';
import type { ProgrammeWithCount } from '../../services/programmes/list-programmes.js';
import type { PageRequest } from '../../services/projects/browse-projects.js';
import type { TopicProfile } from '../../services/topics/get-topic.js';
import type {
  ProgrammeListSchema,
  ProgrammeProfileSchema,
  ProgrammeSchema,
  TopicListSchema,
  TopicProfileSchema,
} from '../schemas/programmes.js';
import { apiUrl, pageUrl } from '../urls.js';
import { presentProjectSection } from './projects.js';
import { presentProgrammeRef, presentTopic } from './refs.js';
import { presentProjectTotals } from './totals.js';

export function presentProgramme(programme: Programme): z.infer<typeof ProgrammeSchema> {
  return {
    ...presentProgrammeRef(programme),
    nameEn: programme.nameEn,
    funds: [...programme.funds],
    managingAuthority: programme.managingAuthority,
    website: programme.website,
  };
}

export function presentProgrammeList(programmes: readonly ProgrammeWithCount[]): z.infer<typeof ProgrammeListSchema> {
  return {
    data: programmes.map((programme) => ({ ...presentProgramme(programme), projectCount: programme.projectCount })),
  };
}

export function presentProgrammeProfile(
  profile: ProgrammeProfile,
  request: PageRequest,
): z.infer<typeof ProgrammeProfileSchema> {
  return {
    programme: presentProgramme(profile.programme),
    projects: presentProjectSection(profile.projects, request),
    projectsUrl: `${apiUrl.projects()}?${new URLSearchParams({ programme: profile.programme.slug })}`,
    totals: presentProjectTotals(profile.totals),
  };
}

export function presentTopicList(topics: readonly Topic[]): z.infer<typeof TopicListSchema> {
  return { data: topics.map(presentTopic) };
}

export function presentTopicProfile(profile: TopicProfile, request: PageRequest): z.infer<typeof TopicProfileSchema> {
  return {
    topic: presentTopic(profile.topic),
    projects: presentProjectSection(profile.projects, request),
    projectsUrl: `${apiUrl.projects()}?${new URLSearchParams({ topic: profile.topic.slug })}`,
    url: pageUrl.topic(profile.topic.slug),
    totals: presentProjectTotals(profile.totals),
  };
}
