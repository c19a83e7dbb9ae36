import type { Money } from '../../domain/money.js';
import type { Organisation } from '../../domain/organisation.js';
import type { Programme } from '../../domain/programme.js';
import type { StoredProject } from '../../storage/bulk/bulk-store.js';
import type { OrganisationRecord, ProgrammeRecord, ProjectRecord } from './project-record.js';

/** What a batch of projects refers to, looked up once per batch. */
export interface RecordReferences {
  readonly programmes: ReadonlyMap<number, Programme>;
  readonly organisations: ReadonlyMap<number, Organisation>;
  readonly topics: ReadonlyMap<number, { slug: string; namePl: string; nameEn: string }>;
}

/** `1015798.80` from 101579880 minor units: exact, never through a float. */
export function decimalOf(money: Money | null): string | null {
  if (money === null) return null;
  const digits = String(Math.abs(money.amount)).padStart(3, '0');
  return `${money.amount < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

function organisationRecord(organisation: Organisation): OrganisationRecord {
  const { id: _id, ...record } = organisation;
  return { ...record, logoUrl: record.logoUrl ?? null };
}

function programmeRecord(programme: Programme): ProgrammeRecord {
  const { id: _id, ...record } = programme;
  return { ...record, funds: [...record.funds] };
}

/** A stored project as the export writes it, with its references written out in full. */
export function toProjectRecord(project: StoredProject, references: RecordReferences): ProjectRecord {
  const organisation = (id: number): OrganisationRecord => {
    const found = references.organisations.get(id);
    if (!found) throw new Error(`Organisation ${id} of project ${project.slug} is missing`);
    return organisationRecord(found);
  };
  const programme = project.programmeId === null ? undefined : references.programmes.get(project.programmeId);
  return {
    slug: project.slug,
    title: project.title,
    summary: project.summary,
    description: project.description,
    goal: project.goal,
    results: project.results,
    translations: project.translations,
    contractNumber: project.contractNumber,
    externalIds: { ...project.externalIds },
    programme: programme ? programmeRecord(programme) : null,
    priorityAxis: project.priorityAxis,
    measure: project.measure,
    subMeasure: project.subMeasure,
    funds: [...project.funds],
    period: project.period,
    category: project.category,
    status: project.status,
    startDate: project.startDate,
    endDate: project.endDate,
    currency: project.currency,
    totalValue: decimalOf(project.totalValue),
    eligibleExpenditure: decimalOf(project.eligibleExpenditure),
    cofinancing: decimalOf(project.cofinancing),
    funding: project.funding.map((line) => ({ source: line.source, amount: decimalOf(line.amount) as string })),
    places: project.places.map((place) => ({ ...place })),
    beneficiary: project.beneficiaryId === null ? null : organisation(project.beneficiaryId),
    partners: project.partners.map((partner) => ({
      organisation: organisation(partner.organisationId),
      role: partner.role as ProjectRecord['partners'][number]['role'],
      note: partner.note,
    })),
    topics: project.topicIds.flatMap((id) => {
      const topic = references.topics.get(id);
      return topic ? [{ ...topic }] : [];
    }),
    phases: project.phases.map((phase) => ({ ...phase })),
    updates: project.updates.map((update) => ({ ...update })),
    indicators: project.indicators.map((indicator) => ({ ...indicator })),
    links: project.links.map((link) => ({ ...link })),
    relations: project.relations.map((relation) => ({ ...relation })),
    groups: project.groups.map((group) => ({ ...group, members: [...group.members] })),
    contact: project.contact,
    website: project.website,
    logoUrl: project.logoUrl,
    photos: project.photos.map((photo) => ({ ...photo })),
    editorialState: project.editorialState,
    provenance: { ...project.provenance },
    isDemo: project.isDemo,
    importKey: project.importKey,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
  };
}
