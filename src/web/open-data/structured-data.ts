import type { Money } from '../../domain/money.js';
import type { Organisation, OrganisationRef } from '../../domain/organisation.js';
import type { Place, Project } from '../../domain/project.js';
import { localise } from '../../domain/translation.js';
import type { RenderContext } from '../context.js';

/**
 * schema.org descriptions of the page's subject, as JSON-LD. A project is a schema.org
 * `Project` (an Organization subtype: hence foundingDate/dissolutionDate for its dates and
 * OrganizationRole members for the beneficiary and partners); its programme is the
 * `FundingScheme` behind a `MonetaryGrant` of the co-financing amount.
 */

type Json = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** Exact decimal of integer minor units, e.g. 101579880 → 1015798.8 (as written: "1015798.80"). */
function monetaryAmount(money: Money): Json {
  const digits = String(Math.abs(money.amount)).padStart(3, '0');
  const decimal = `${money.amount < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  // The JSON number is printed from the decimal text, so it reads back as exactly that amount.
  return { '@type': 'MonetaryAmount', currency: money.currency, value: Number(decimal) };
}

function compact(json: Json): Json {
  return Object.fromEntries(
    Object.entries(json).filter(
      ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

function organisationRef(ctx: RenderContext, organisation: OrganisationRef): Json {
  return compact({
    '@type': 'Organization',
    '@id': `${ctx.absolute(ctx.paths.organisation(organisation.slug))}#organisation`,
    name: organisation.name,
    alternateName: organisation.shortName,
    url: ctx.absolute(ctx.paths.organisation(organisation.slug)),
    address: compact({
      '@type': 'PostalAddress',
      addressCountry: organisation.country,
      addressLocality: organisation.city,
    }),
  });
}

function place(item: Place): Json {
  const hasPoint = item.latitude !== null && item.longitude !== null;
  return compact({
    '@type': 'Place',
    name: item.label,
    address: compact({
      '@type': 'PostalAddress',
      addressCountry: item.country,
      addressRegion: item.voivodeship,
      addressLocality: item.city ?? item.municipality,
    }),
    geo: hasPoint ? { '@type': 'GeoCoordinates', latitude: item.latitude, longitude: item.longitude } : null,
  });
}

function propertyValue(name: string, value: unknown, propertyID?: string): Json {
  return compact({ '@type': 'PropertyValue', name, propertyID, value });
}

/** The project page's JSON-LD, in the page's language (texts fall back to Polish). */
export function projectStructuredData(ctx: RenderContext, project: Project): Json {
  const { t } = ctx;
  const url = ctx.absolute(ctx.paths.project(project.slug));
  const text = (field: 'title' | 'summary') => localise(project[field], project.translations, field, ctx.locale).text;
  const programme = project.programme;
  const fundingScheme = programme
    ? compact({
        '@type': 'FundingScheme',
        name: t.programmeName(programme),
        alternateName: programme.shortName,
        identifier: programme.code,
        url: ctx.absolute(ctx.paths.programme(programme.slug)),
      })
    : null;
  const grant =
    project.cofinancing || fundingScheme
      ? compact({
          '@type': 'MonetaryGrant',
          name: t.common.cofinancing,
          identifier: project.contractNumber,
          amount: project.cofinancing ? monetaryAmount(project.cofinancing) : null,
          funder: fundingScheme,
        })
      : null;
  const members = [
    ...(project.beneficiary
      ? [{ '@type': 'OrganizationRole', roleName: 'beneficiary', member: organisationRef(ctx, project.beneficiary) }]
      : []),
    ...project.partners.map((partnership) => ({
      '@type': 'OrganizationRole',
      roleName: partnership.role,
      member: organisationRef(ctx, partnership.organisation),
    })),
  ];
  const amounts = [
    project.totalValue ? propertyValue(t.common.totalValue, monetaryAmount(project.totalValue), 'totalValue') : null,
    project.eligibleExpenditure
      ? propertyValue(t.project.eligibleExpenditure, monetaryAmount(project.eligibleExpenditure), 'eligibleExpenditure')
      : null,
    ...project.funding.map((line) =>
      propertyValue(t.codes.fundingSource[line.source], monetaryAmount(line.amount), `funding:${line.source}`),
    ),
  ].filter((item) => item !== null);
  const identifiers = [
    project.contractNumber ? propertyValue(t.project.contractNumber, project.contractNumber, 'contractNumber') : null,
    project.externalIds.kohesio ? propertyValue('Kohesio', project.externalIds.kohesio, 'kohesio') : null,
    project.externalIds.officialList
      ? propertyValue(t.codes.externalId.officialList, project.externalIds.officialList, 'officialList')
      : null,
    project.externalIds.keepEu ? propertyValue('keep.eu', project.externalIds.keepEu, 'keepEu') : null,
  ].filter((item) => item !== null);
  const image = project.photos[0]?.url ?? project.logoUrl;
  return compact({
    '@context': CONTEXT,
    '@type': 'Project',
    '@id': `${url}#project`,
    url,
    name: text('title'),
    description: text('summary'),
    identifier: identifiers,
    foundingDate: project.startDate,
    dissolutionDate: project.endDate,
    funder: fundingScheme,
    funding: grant,
    member: members,
    location: project.places.map(place),
    keywords: project.topics.map((topic) => t.topicName(topic)),
    additionalProperty: amounts,
    logo: project.logoUrl ? ctx.absolute(project.logoUrl) : null,
    image: image ? ctx.absolute(image) : null,
    sameAs: project.website,
  });
}

const GOVERNMENT_KINDS: ReadonlySet<string> = new Set(['municipality', 'public_institution', 'foreign_city']);

/** The organisation page's JSON-LD. */
export function organisationStructuredData(ctx: RenderContext, organisation: Organisation): Json {
  const { identifiers } = organisation;
  const url = ctx.absolute(ctx.paths.organisation(organisation.slug));
  return compact({
    '@context': CONTEXT,
    '@type': GOVERNMENT_KINDS.has(organisation.kind) ? 'GovernmentOrganization' : 'Organization',
    '@id': `${url}#organisation`,
    url,
    name: organisation.name,
    alternateName: organisation.shortName,
    address: compact({
      '@type': 'PostalAddress',
      addressCountry: organisation.country,
      addressLocality: organisation.city,
    }),
    sameAs: organisation.website,
    logo: organisation.logoUrl ? ctx.absolute(organisation.logoUrl) : null,
    taxID: identifiers.nip,
    identifier: [
      identifiers.regon ? propertyValue('REGON', identifiers.regon, 'regon') : null,
      identifiers.krs ? propertyValue('KRS', identifiers.krs, 'krs') : null,
      identifiers.pic ? propertyValue('PIC', identifiers.pic, 'pic') : null,
    ].filter((item) => item !== null),
  });
}
