import type { OrganisationKind } from '../../domain/codes.js';
import type { Organisation } from '../../domain/organisation.js';
import type { SpojniaDb } from '../database.js';
import { rowToOrganisation } from './organisation-repository.js';
import type { PageRequest } from './project-list.js';

export interface OrganisationFilters {
  /** ISO 3166-1 alpha-2, e.g. PL. */
  readonly country?: string;
  readonly kind?: OrganisationKind;
}

export interface OrganisationWithCount extends Organisation {
  /** Published projects it carries out as beneficiary or takes part in as a partner. */
  readonly projectCount: number;
}

export interface OrganisationPage {
  readonly items: readonly OrganisationWithCount[];
  readonly total: number;
}

/** One page of organisations by name, each with the number of its published projects. */
export async function listOrganisationPage(
  db: SpojniaDb,
  filters: OrganisationFilters,
  page: PageRequest,
): Promise<OrganisationPage> {
  let base = db.selectFrom('organisations');
  if (filters.country !== undefined) base = base.where('organisations.country', '=', filters.country);
  if (filters.kind !== undefined) base = base.where('organisations.kind', '=', filters.kind);
  const [rows, count] = await Promise.all([
    base
      .selectAll('organisations')
      .select((eb) =>
        eb
          .selectFrom('projects')
          .select(eb.fn.countAll<number>().as('n'))
          .where('projects.editorial_state', '=', 'published')
          .where((inner) =>
            inner.or([
              inner('projects.beneficiary_id', '=', inner.ref('organisations.id')),
              inner(
                'projects.id',
                'in',
                inner
                  .selectFrom('project_partners')
                  .select('project_partners.project_id')
                  .whereRef('project_partners.organisation_id', '=', 'organisations.id'),
              ),
            ]),
          )
          .as('project_count'),
      )
      .orderBy('organisations.name_key')
      .orderBy('organisations.id')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(({ project_count, ...row }) => ({
      ...rowToOrganisation(row),
      projectCount: Number(project_count ?? 0),
    })),
    total: Number(count.n),
  };
}
