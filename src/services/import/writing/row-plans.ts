import { identifierKey, type ProjectIdentifier } from '../../../storage/bulk/bulk-store.js';
import type { IncomingProject, PreparedRow, RawSource, RejectedRow } from '../incoming.js';
import type { ProgrammeResolver } from '../programmes/resolve-programme.js';
import { identifiersOf, titleSlug } from './prepare-row.js';
import type { ResolvedFacts } from './project-facts.js';
import type { OrganisationResolver } from './resolve-organisations.js';
import type { TopicResolver } from './resolve-topics.js';

/** A row ready to be written: its facts with references as ids, and what identifies it. */
export interface RowPlan {
  readonly incoming: IncomingProject;
  readonly facts: ResolvedFacts;
  readonly identifiers: readonly ProjectIdentifier[];
  /** `identifierKey` of each identifier. */
  readonly keys: readonly string[];
  /** The slug a new project of this row takes first (from its title). */
  readonly slug: string;
  /** Validated as a new project already (by the reader). */
  readonly validAsNew: boolean;
}

export interface ReferenceResolvers {
  readonly programmes: ProgrammeResolver;
  readonly organisations: OrganisationResolver;
  readonly topics: TopicResolver;
  readonly reject: (row: RejectedRow, raw: RawSource | undefined) => void;
}

/**
 * Resolves the programme, organisations and topics rows name into ids (creating what the
 * registry lacks) and works out how each row is identified. A row whose programme cannot
 * be placed is rejected.
 */
export async function planRows(rows: readonly IncomingProject[], resolvers: ReferenceResolvers): Promise<RowPlan[]> {
  await resolvers.organisations.resolveAll(
    rows.flatMap((row) => [
      ...(row.beneficiary ? [row.beneficiary] : []),
      ...(row.partners ?? []).map((partner) => partner.organisation),
    ]),
  );
  const plans: RowPlan[] = [];
  for (const incoming of rows) {
    const facts = incoming.facts;
    if (incoming.programme !== undefined) {
      const resolution =
        incoming.programme === null ? { id: null } : await resolvers.programmes.resolve(incoming.programme);
      if ('problem' in resolution) {
        resolvers.reject({ row: incoming.row, problems: [resolution.problem] }, incoming.raw);
        continue;
      }
      facts.set('programme', resolution.id);
    }
    if (incoming.beneficiary !== undefined) {
      facts.set('beneficiary', incoming.beneficiary ? resolvers.organisations.idOf(incoming.beneficiary) : null);
    }
    if (incoming.partners) {
      facts.set(
        'partners',
        incoming.partners.map((partner) => ({
          organisationId: resolvers.organisations.idOf(partner.organisation),
          role: partner.role,
          note: partner.note,
        })),
      );
    }
    if (incoming.topics) {
      const ids: number[] = [];
      for (const topic of incoming.topics) ids.push(await resolvers.topics.resolve(topic));
      facts.set(
        'topics',
        [...new Set(ids)].sort((a, b) => a - b),
      );
    }
    const prepared = incoming.prepared ?? prepare(incoming);
    plans.push({
      incoming,
      facts,
      identifiers: prepared.identifiers,
      keys: prepared.keys,
      slug: prepared.slug,
      validAsNew: prepared.validAsNew,
    });
  }
  return plans;
}

export function describeIdentifiers(identifiers: readonly ProjectIdentifier[]): string {
  return identifiers.map((identifier) => `${identifier.kind} ${identifier.value}`).join(', ');
}

/** The key of the next project of the same title, beneficiary and dates: `…#2`, `…#3`. */
export function nextKey(key: string): string {
  const match = /^(.*)#(\d+)$/.exec(key);
  return match ? `${match[1]}#${Number(match[2]) + 1}` : `${key}#2`;
}

/** What the reader works out, for rows that come without it (rows requeued under a new key). */
function prepare(incoming: IncomingProject): PreparedRow {
  const identifiers = identifiersOf(incoming);
  const slug = incoming.facts.has('slug')
    ? String(incoming.facts.get('slug'))
    : titleSlug(String(incoming.facts.get('title') ?? ''));
  return { identifiers, keys: identifiers.map(identifierKey), slug, validAsNew: false };
}
