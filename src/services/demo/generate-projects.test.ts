import { describe, expect, it } from 'vitest';
import { VOIVODESHIPS } from '../../domain/codes.js';
import { isIsoDate } from '../../domain/dates.js';
import type { ProjectInput } from '../../domain/project.js';
import { SLUG_PATTERN, slugify } from '../../domain/text.js';
import { validateProject } from '../../domain/validate-project.js';
import { DEMO_PROGRAMMES, DEMO_TOPICS } from './catalogue.js';
import { generateDemoOrganisations, generateDemoProjects } from './generate-projects.js';
import { fastSlug } from './generator/slug.js';
import { SEED_ORGANISATIONS, SEED_PROJECTS } from './seed-projects.js';

const COUNT = 300;
const REFERENCE_DATE = '2026-11-21';
const projects = [...generateDemoProjects({ count: COUNT })];
const organisations = generateDemoOrganisations({ count: COUNT });
const organisationsBySlug = new Map(organisations.map((organisation) => [organisation.slug, organisation]));

const distinct = <T>(values: readonly T[]): Set<T> => new Set(values);
const programmeOf = (project: ProjectInput) => DEMO_PROGRAMMES.find((entry) => entry.slug === project.programmeSlug);
const first = (count: number, seed?: number): ProjectInput[] =>
  [...generateDemoProjects({ count, ...(seed === undefined ? {} : { seed }) })].slice(0, count);

describe('generateDemoProjects', () => {
  it('gives the same projects for the same seed, other projects for another seed', () => {
    expect(first(20, 7)).toEqual(first(20, 7));
    expect(first(20)).toEqual(first(20, 2024));
    const otherTitles = first(20, 8).map((project) => project.slug);
    expect(otherTitles).not.toEqual(first(20, 7).map((project) => project.slug));
  });

  it('yields lazily, so a million projects can be streamed', () => {
    const started = performance.now();
    const stream = generateDemoProjects({ count: 1_000_000 });
    expect(stream.next().value?.slug).toBe(projects[0]?.slug);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('rejects a count that is not a whole number', () => {
    expect(() => generateDemoProjects({ count: -1 })).toThrow(RangeError);
    expect(() => generateDemoProjects({ count: 2.5 })).toThrow(RangeError);
  });

  it('passes validation with no errors and no warnings', () => {
    const problems = projects.flatMap((project) => {
      const { errors, warnings } = validateProject(project);
      return [...errors, ...warnings].map((problem) => `${project.slug}: ${problem.path} ${problem.code}`);
    });
    expect(problems).toEqual([]);
  });

  it('has unique, valid slugs that never clash with the seed pages', () => {
    const slugs = projects.map((project) => project.slug);
    expect(distinct(slugs).size).toBe(COUNT);
    for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN);
    for (const seed of SEED_PROJECTS) expect(slugs).not.toContain(seed.slug);
  });

  it('builds slugs exactly as slugify would from the title', () => {
    for (const project of projects) expect(fastSlug(project.title)).toBe(slugify(project.title, 1000));
  });

  it('has unique contract numbers in the programmes’ own formats, a few missing', () => {
    const numbers = projects.flatMap((project) => (project.contractNumber ? [project.contractNumber] : []));
    expect(distinct(numbers).size).toBe(numbers.length);
    expect(numbers.length).toBeGreaterThan(COUNT * 0.9);
    const formats = /^[A-Z]{4}\.\d{2}\.\d{2}(\.\d{2}-\d{2}-\d{3,}\/\d{2}-00|-IP\.\d{2}-\d{4,}\/\d{2})$/;
    for (const number of numbers) expect(number).toMatch(formats);
  });

  it('names only organisations from the pool: a Polish beneficiary, partners never repeated', () => {
    for (const project of projects) {
      const beneficiary = organisationsBySlug.get(project.beneficiarySlug ?? '');
      expect(beneficiary?.country).toBe('PL');
      const partnerSlugs = project.partners.map((partner) => partner.organisationSlug);
      expect(distinct(partnerSlugs).size).toBe(partnerSlugs.length);
      expect(partnerSlugs).not.toContain(project.beneficiarySlug);
      expect(partnerSlugs.length).toBeLessThanOrEqual(4);
      for (const slug of partnerSlugs) expect(organisationsBySlug.has(slug)).toBe(true);
    }
  });

  it('spans the registry: programmes, periods, statuses, voivodeships, partner countries, currencies', () => {
    const partnerCountries = projects.flatMap((project) =>
      project.partners.map((partner) => organisationsBySlug.get(partner.organisationSlug)?.country),
    );
    expect(distinct(projects.map((project) => project.programmeSlug)).size).toBeGreaterThanOrEqual(8);
    expect(distinct(projects.map((project) => project.period))).toEqual(
      new Set(['2007-2013', '2014-2020', '2021-2027']),
    );
    expect(distinct(projects.map((project) => project.status))).toEqual(
      new Set(['planned', 'in_progress', 'completed', 'cancelled']),
    );
    expect(
      distinct(projects.flatMap((project) => project.places.map((place) => place.voivodeship))).size,
    ).toBeGreaterThanOrEqual(10);
    expect(distinct(partnerCountries.filter((country) => country !== 'PL')).size).toBeGreaterThanOrEqual(5);
    expect(distinct(projects.map((project) => project.currency))).toEqual(new Set(['PLN', 'EUR']));
  });

  it('sets the status from the dates as they stand on 2026-11-21, with a few cancelled', () => {
    for (const project of projects) {
      const { status, startDate, endDate } = project;
      expect(startDate && isIsoDate(startDate)).toBe(true);
      expect(endDate && isIsoDate(endDate)).toBe(true);
      if (!startDate || !endDate) continue;
      expect(endDate >= startDate).toBe(true);
      if (status === 'completed') expect(endDate < REFERENCE_DATE).toBe(true);
      if (status === 'planned') expect(startDate > REFERENCE_DATE).toBe(true);
      if (status === 'in_progress') expect(startDate <= REFERENCE_DATE && REFERENCE_DATE <= endDate).toBe(true);
    }
    const cancelled = projects.filter((project) => project.status === 'cancelled').length;
    expect(cancelled).toBeGreaterThan(0);
    expect(cancelled).toBeLessThan(COUNT * 0.06);
  });

  it('keeps dates inside the programme period, with at most three years to finish', () => {
    for (const project of projects) {
      const [firstYear = '', lastYear = ''] = (project.period ?? '').split('-');
      expect(Number(project.startDate?.slice(0, 4))).toBeGreaterThanOrEqual(Number(firstYear));
      expect(Number(project.startDate?.slice(0, 4))).toBeLessThanOrEqual(Number(lastYear));
      expect(Number(project.endDate?.slice(0, 4))).toBeLessThanOrEqual(Number(lastYear) + 3);
    }
  });

  it('files each project under a catalogued programme with its period, funds and currency', () => {
    const topicSlugs = new Set(DEMO_TOPICS.map((topic) => topic.slug));
    for (const project of projects) {
      const programme = programmeOf(project);
      expect(programme).toBeDefined();
      expect(project.period).toBe(programme?.period);
      expect(project.funds.length).toBeGreaterThan(0);
      for (const fund of project.funds) expect(programme?.funds).toContain(fund);
      const crossBorder = /interreg|urbact/.test(project.programmeSlug ?? '');
      expect(project.currency).toBe(crossBorder ? 'EUR' : 'PLN');
      expect(project.topicSlugs.length).toBeGreaterThanOrEqual(1);
      expect(project.topicSlugs.length).toBeLessThanOrEqual(3);
      for (const slug of project.topicSlugs) expect(topicSlugs.has(slug)).toBe(true);
      expect(project.priorityAxis?.code).toBeTruthy();
      expect(project.measure?.code).toBeTruthy();
    }
  });

  it('splits the co-financing exactly into EU and state-budget parts at a realistic rate', () => {
    for (const project of projects) {
      const { totalValue, eligibleExpenditure, cofinancing, funding } = project;
      if (!totalValue || !eligibleExpenditure || !cofinancing) throw new Error(`${project.slug} lacks amounts`);
      expect(eligibleExpenditure.amount).toBeLessThanOrEqual(totalValue.amount);
      const grant = funding
        .filter((line) => line.source === 'eu' || line.source === 'state_budget')
        .reduce((sum, line) => sum + line.amount.amount, 0);
      expect(grant).toBe(cofinancing.amount);
      expect(funding[0]?.source).toBe('eu');
      const rate = (cofinancing.amount / eligibleExpenditure.amount) * 100;
      expect(rate).toBeGreaterThanOrEqual(49.9);
      expect(rate).toBeLessThanOrEqual(95.1);
    }
    const onlyEu = projects.filter((project) => project.funding.every((line) => line.source !== 'state_budget'));
    expect(onlyEu.length).toBeGreaterThan(0);
    expect(onlyEu.length).toBeLessThan(COUNT);
  });

  it('draws skewed values: most between 50 000 zł and 5 mln zł, a few far above', () => {
    const inZloty = projects.map(
      (project) => ((project.totalValue?.amount ?? 0) / 100) * (project.currency === 'EUR' ? 4.3 : 1),
    );
    const typical = inZloty.filter((value) => value >= 50_000 && value <= 5_000_000).length;
    expect(typical / COUNT).toBeGreaterThan(0.7);
    expect(inZloty.some((value) => value > 20_000_000)).toBe(true);
  });

  it('places projects in real Polish gminas with matching TERYT codes and coordinates', () => {
    const codeOf = new Map<string, string>(Object.entries(VOIVODESHIPS).map(([code, name]) => [name, code]));
    for (const place of projects.flatMap((project) => project.places)) {
      expect(place.country).toBe('PL');
      const code = codeOf.get(place.voivodeship ?? '');
      expect(code).toBeDefined();
      expect(place.teryt).toMatch(/^\d{7}$/);
      expect(place.teryt?.slice(0, 2)).toBe(code);
      expect(place.county && place.municipality && place.label).toBeTruthy();
      expect(place.latitude).toBeGreaterThan(49);
      expect(place.latitude).toBeLessThan(54.9);
      expect(place.longitude).toBeGreaterThan(14.1);
      expect(place.longitude).toBeLessThan(24.2);
    }
  });

  it('dates news and phases inside the project, and links only to example.org', () => {
    for (const project of projects) {
      const { startDate = '', endDate = '' } = { startDate: project.startDate ?? '', endDate: project.endDate ?? '' };
      for (const update of project.updates) {
        expect(update.datePrecision).toBe('day');
        expect(update.date >= startDate && update.date <= endDate).toBe(true);
        expect(update.date <= REFERENCE_DATE).toBe(true);
      }
      for (const phase of project.phases) {
        expect((phase.startDate ?? '') >= startDate && (phase.endDate ?? '') <= endDate).toBe(true);
      }
      for (const link of project.links) expect(link.url).toMatch(/^https:\/\/example\.org\//);
      if (project.website) expect(project.website).toMatch(/^https:\/\/example\.org\//);
      if (project.contact?.email) expect(project.contact.email).toMatch(/@example\.org$/);
      expect(project.isDemo).toBe(true);
      expect(project.editorialState).toBe('published');
      expect(project.provenance).toEqual({ source: 'demo', file: null, row: null });
    }
  });

  it('writes descriptions in the small HTML subset', () => {
    for (const project of projects) {
      const tags = [...`${project.description}${project.results}`.matchAll(/<\/?([a-z]+)>/g)].map((match) => match[1]);
      for (const tag of tags) expect(['p', 'ul', 'li']).toContain(tag);
      expect(project.description.startsWith('<p>')).toBe(true);
      expect(project.goal.startsWith('Celem projektu jest')).toBe(true);
    }
  });
});

describe('generateDemoOrganisations', () => {
  it('is deterministic and reused across projects: fewer organisations than projects, at least 40', () => {
    expect(generateDemoOrganisations({ count: COUNT })).toEqual(organisations);
    expect(organisations.length).toBeLessThan(COUNT);
    expect(generateDemoOrganisations({ count: 10 }).length).toBeGreaterThanOrEqual(40);
    expect(generateDemoOrganisations({ count: 1_000_000 }).length).toBeLessThanOrEqual(5000);
  });

  it('has unique slugs that leave the seed organisations’ slugs free', () => {
    const slugs = organisations.map((organisation) => organisation.slug);
    expect(distinct(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(SLUG_PATTERN);
    for (const seed of SEED_ORGANISATIONS) expect(slugs).not.toContain(seed.slug);
  });

  it('mixes Polish gminas, NGOs, companies, universities, public bodies and foreign partners', () => {
    expect(distinct(organisations.map((organisation) => organisation.kind))).toEqual(
      new Set(['municipality', 'ngo', 'company', 'university', 'public_institution', 'foreign_city']),
    );
    const names = organisations.map((organisation) => organisation.name);
    expect(names.some((name) => name.startsWith('Gmina Miejska '))).toBe(true);
    expect(names.some((name) => /^(Fundacja|Stowarzyszenie) /.test(name))).toBe(true);
    expect(names.some((name) => name.endsWith('sp. z o.o.'))).toBe(true);
    const countries = distinct(organisations.map((organisation) => organisation.country));
    for (const country of ['PL', 'DE', 'CZ', 'SK', 'LT', 'UA', 'IT', 'ES', 'FR', 'PT', 'NL', 'SE', 'DK', 'GR', 'RO']) {
      expect(countries.has(country)).toBe(true);
    }
    for (const organisation of organisations) {
      expect(organisation.isDemo).toBe(true);
      expect(organisation.city).toBeTruthy();
    }
  });
});
