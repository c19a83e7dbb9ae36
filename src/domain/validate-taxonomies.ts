import { FUNDS, isOneOf, ORGANISATION_KINDS, PROGRAMMING_PERIODS } from './codes.js';
import type { OrganisationInput } from './organisation.js';
import { type Problem, problem } from './problems.js';
import type { ProgrammeInput, Topic } from './programme.js';
import { SLUG_PATTERN } from './text.js';
import { isWebAddress } from './validate-project.js';

const MAX_NAME = 500;

function checkSlug(slug: string): Problem[] {
  return SLUG_PATTERN.test(slug) && slug.length <= 120
    ? []
    : [problem('slug', 'invalid_slug', 'Slug may hold only lower-case letters, digits and single hyphens')];
}

function checkName(path: string, name: string): Problem[] {
  if (name.trim() === '') return [problem(path, 'required', 'This field is required')];
  if (name.length > MAX_NAME) return [problem(path, 'too_long', `Longer than ${MAX_NAME} characters`)];
  return [];
}

function checkWebsite(website: string | null): Problem[] {
  return website !== null && !isWebAddress(website)
    ? [problem('website', 'invalid_url', 'Address must start with http:// or https://')]
    : [];
}

/** Every problem of an organisation at once; uniqueness of the slug is the service's. */
export function validateOrganisation(input: OrganisationInput): Problem[] {
  const problems = [...checkSlug(input.slug), ...checkName('name', input.name), ...checkWebsite(input.website)];
  if (!isOneOf(ORGANISATION_KINDS, input.kind)) problems.push(problem('kind', 'invalid_option', 'Unknown kind'));
  if (!/^[A-Z]{2}$/.test(input.country)) {
    problems.push(problem('country', 'invalid_country', 'Country is a two-letter ISO code, e.g. PL'));
  }
  const { nip, regon, krs } = input.identifiers;
  if (nip !== undefined && !/^\d{10}$/.test(nip)) {
    problems.push(problem('identifiers.nip', 'invalid_nip', 'NIP has 10 digits'));
  }
  if (regon !== undefined && !/^(\d{9}|\d{14})$/.test(regon)) {
    problems.push(problem('identifiers.regon', 'invalid_regon', 'REGON has 9 or 14 digits'));
  }
  if (krs !== undefined && !/^\d{10}$/.test(krs)) {
    problems.push(problem('identifiers.krs', 'invalid_krs', 'KRS number has 10 digits'));
  }
  return problems;
}

export function validateProgramme(input: ProgrammeInput): Problem[] {
  const problems = [
    ...checkSlug(input.slug),
    ...checkName('name', input.name),
    ...checkName('shortName', input.shortName),
    ...checkWebsite(input.website),
  ];
  if (input.code !== null && !/^[0-9]{4}[A-Z0-9]{2,}$/.test(input.code)) {
    problems.push(problem('code', 'invalid_cci', 'A CCI code looks like 2014PL05M9OP001'));
  }
  if (!isOneOf(PROGRAMMING_PERIODS, input.period)) {
    problems.push(problem('period', 'invalid_option', 'Unknown programming period'));
  }
  input.funds.forEach((fund, index) => {
    if (!isOneOf(FUNDS, fund)) problems.push(problem(`funds.${index}`, 'invalid_option', 'Unknown fund'));
  });
  return problems;
}

export function validateTopic(topic: Topic): Problem[] {
  return [...checkSlug(topic.slug), ...checkName('namePl', topic.namePl), ...checkName('nameEn', topic.nameEn)];
}
