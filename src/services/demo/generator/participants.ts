import type { ProjectInput } from '../../../domain/project.js';
import type { BeneficiaryRole } from './organisation-names.js';
import type { OrganisationPool, PoolOrganisation } from './organisations.js';
import { PARTNER_COUNTRIES, VOIVODESHIP_TABLE } from './places.js';
import type { ProgrammeProfile } from './programmes.js';
import { type Random, weightedTable } from './random.js';
import type { ThemeId } from './theme-types.js';

/** Big bodies (the first in each list) sign many more contracts than small ones. */
const REUSE_SKEW = 1.6;

/**
 * A Polish beneficiary in a fitting role, in the programme's region; national programmes
 * spread over the country like its population. A small pool may lack the role in a
 * region, so the choice widens: the role anywhere (national programmes only), the region's
 * gmina, which founds most local bodies, then anyone in the region.
 */
export function chooseBeneficiary(
  random: Random,
  pool: OrganisationPool,
  programme: ProgrammeProfile,
  roles: readonly BeneficiaryRole[],
): PoolOrganisation {
  const voivodeship = programme.voivodeships
    ? random.pick(programme.voivodeships)
    : random.pickWeighted(VOIVODESHIP_TABLE);
  const role = random.pick(roles);
  const local = pool.byVoivodeshipAndRole.get(voivodeship);
  const candidates =
    local?.get(role) ??
    (programme.voivodeships ? undefined : pool.polishByRole.get(role)) ??
    local?.get('municipality') ??
    pool.byVoivodeship.get(voivodeship) ??
    pool.polish;
  return random.pickSkewed(candidates, REUSE_SKEW);
}

export type PartnerEntry = ProjectInput['partners'][number];

export interface Partners {
  readonly entries: readonly PartnerEntry[];
  readonly organisations: readonly PoolOrganisation[];
}

const COOPERATION_THEMES: ReadonlySet<ThemeId> = new Set(['transnational', 'urban_network', 'cross_border']);
const MAX_PARTNERS = 4;
/** Most projects have no Polish partner; some have one or two. */
const POLISH_PARTNER_COUNT = weightedTable([
  [0, 55],
  [1, 30],
  [2, 15],
]);
const ASSOCIATED_NOTES = [
  'wsparcie merytoryczne i ekspertyzy',
  'pomoc w rekrutacji uczestników',
  'udostępnienie sal i zaplecza',
  'współpraca przy upowszechnianiu rezultatów',
];

/**
 * Partners that never repeat and never include the beneficiary: foreign bodies in
 * cooperation measures (a few of them leading), otherwise a Polish one now and then.
 */
export function choosePartners(
  random: Random,
  pool: OrganisationPool,
  programme: ProgrammeProfile,
  theme: ThemeId,
  beneficiary: PoolOrganisation,
): Partners {
  const entries: PartnerEntry[] = [];
  const organisations: PoolOrganisation[] = [];
  const cooperative = COOPERATION_THEMES.has(theme) && programme.partnerCountries.length > 0;
  if (cooperative) {
    const wanted = theme === 'urban_network' ? random.int(2, 4) : random.int(1, 2);
    for (let attempt = 0; attempt < wanted * 3 && organisations.length < wanted; attempt += 1) {
      const abroad = pool.foreignByCountry.get(random.pick(programme.partnerCountries));
      const candidate = abroad ? random.pick(abroad) : undefined;
      if (!candidate || organisations.includes(candidate)) continue;
      const leads = theme !== 'transnational' && organisations.length === 0 && random.chance(0.25);
      const note = leads ? null : `partner ponadnarodowy ${PARTNER_COUNTRIES[candidate.input.country] ?? ''}`;
      organisations.push(candidate);
      entries.push({
        organisationSlug: candidate.input.slug,
        role: leads ? 'lead_partner' : 'transnational_partner',
        note,
      });
    }
  }
  const local = beneficiary.place ? pool.byVoivodeship.get(beneficiary.place.voivodeshipCode) : undefined;
  const polishWanted = cooperative ? random.int(0, 1) : random.pickWeighted(POLISH_PARTNER_COUNT);
  for (let added = 0, attempt = 0; local && added < polishWanted && attempt < 4; attempt += 1) {
    const candidate = random.pick(local);
    if (candidate === beneficiary || organisations.includes(candidate) || organisations.length >= MAX_PARTNERS)
      continue;
    const associated = random.chance(0.2);
    const note = associated ? random.pick(ASSOCIATED_NOTES) : null;
    organisations.push(candidate);
    entries.push({ organisationSlug: candidate.input.slug, role: associated ? 'associated' : 'partner', note });
    added += 1;
  }
  return { entries, organisations };
}
