import type { z } from 'zod';
import type { OrganisationRef } from '../../domain/organisation.js';
import type { ProgrammeRef, Topic } from '../../domain/programme.js';
import type { OrganisationRefSchema, ProgrammeRefSchema, TopicSchema } from '../schemas/refs.js';
import { apiUrl, pageUrl } from '../urls.js';

export function presentOrganisationRef(organisation: OrganisationRef): z.infer<typeof OrganisationRefSchema> {
  return {
    slug: organisation.slug,
    name: organisation.name,
    shortName: organisation.shortName,
    country: organisation.country,
    city: organisation.city,
    url: pageUrl.organisation(organisation.slug),
    apiUrl: apiUrl.organisation(organisation.slug),
  };
}

export function presentProgrammeRef(programme: ProgrammeRef): z.infer<typeof ProgrammeRefSchema> {
  return {
    slug: programme.slug,
    code: programme.code,
    name: programme.name,
    shortName: programme.shortName,
    period: programme.period,
    url: pageUrl.programme(programme.slug),
    apiUrl: apiUrl.programme(programme.slug),
  };
}

export function presentTopic(topic: Topic): z.infer<typeof TopicSchema> {
  return { slug: topic.slug, namePl: topic.namePl, nameEn: topic.nameEn };
}
