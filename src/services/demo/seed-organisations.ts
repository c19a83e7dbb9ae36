import type { OrganisationInput } from '../../domain/organisation.js';

function organisation(
  fields: Pick<OrganisationInput, 'slug' | 'name' | 'kind' | 'country' | 'city'> & Partial<OrganisationInput>,
): OrganisationInput {
  return { shortName: null, website: null, identifiers: {}, isDemo: false, ...fields };
}

/** The real organisations named on the two seed project pages. */
export const SEED_ORGANISATIONS: readonly OrganisationInput[] = [
  organisation({
    slug: 'gmina-miejska-krakow',
    name: 'Gmina Miejska Kraków',
    shortName: 'Kraków',
    kind: 'municipality',
    country: 'PL',
    city: 'Kraków',
    website: 'https://www.krakow.pl',
  }),
  organisation({
    slug: 'ajuntament-de-barcelona',
    name: 'Ajuntament de Barcelona',
    kind: 'foreign_city',
    country: 'ES',
    city: 'Barcelona',
  }),
  organisation({
    slug: 'kobenhavns-kommune',
    name: 'Københavns Kommune',
    kind: 'foreign_city',
    country: 'DK',
    city: 'Kopenhaga',
  }),
  organisation({
    slug: 'dimos-trikkaion',
    name: 'Dimos Trikkaion',
    kind: 'foreign_city',
    country: 'GR',
    city: 'Trikala',
  }),
  organisation({
    slug: 'metropole-de-lyon',
    name: 'Métropole de Lyon',
    kind: 'foreign_city',
    country: 'FR',
    city: 'Lyon',
  }),
  organisation({
    slug: 'comune-di-napoli',
    name: 'Comune di Napoli',
    kind: 'foreign_city',
    country: 'IT',
    city: 'Neapol',
  }),
  organisation({
    slug: 'citta-di-torino',
    name: 'Città di Torino',
    kind: 'foreign_city',
    country: 'IT',
    city: 'Turyn',
  }),
  organisation({
    slug: 'primaria-municipiului-timisoara',
    name: 'Primăria Municipiului Timișoara',
    kind: 'foreign_city',
    country: 'RO',
    city: 'Timișoara',
  }),
  organisation({
    slug: 'glasgow-city-council',
    name: 'Glasgow City Council',
    kind: 'foreign_city',
    country: 'GB',
    city: 'Glasgow',
  }),
  organisation({
    slug: 'owop-bialystok',
    name: 'Ośrodek Wspierania Organizacji Pozarządowych',
    shortName: 'OWOP',
    kind: 'ngo',
    country: 'PL',
    city: 'Białystok',
  }),
  organisation({
    slug: 'gmina-miejska-hajnowka',
    name: 'Gmina Miejska Hajnówka',
    shortName: 'Hajnówka',
    kind: 'municipality',
    country: 'PL',
    city: 'Hajnówka',
  }),
  organisation({ slug: 'la-polveriera', name: 'La Polveriera', kind: 'ngo', country: 'IT', city: 'Reggio Emilia' }),
  organisation({
    slug: 'politechnika-bialostocka',
    name: 'Politechnika Białostocka',
    kind: 'university',
    country: 'PL',
    city: 'Białystok',
  }),
];
