import type { Fund, ProgrammingPeriod } from '../../../domain/codes.js';
import type { ProgrammeInput } from '../../../domain/programme.js';
import { slugify } from '../../../domain/text.js';
import type { SpojniaDb } from '../../../storage/database.js';
import { insertProgramme, listProgrammes } from '../../../storage/repositories/programme-repository.js';
import type { ProgrammeReference } from '../incoming.js';
import { type RowProblem, rowProblem } from '../row-problem.js';
import { CCI_2014_2020 } from './cci-2014-2020.js';
import { CCI_PATTERN, knownProgramme, periodOfCode, programmeNameKey } from './known-programmes.js';

export type ProgrammeResolution = { readonly id: number } | { readonly problem: RowProblem };

interface Entry {
  readonly id: number;
  readonly period: ProgrammingPeriod;
}

/**
 * Finds the programme a row names — by CCI code, by name or short name (same period
 * first), by the Polish names the official lists use — and creates the ones the registry
 * lacks, with their CCI code when it can be derived. Programmes are few: all are kept in
 * memory for the length of an import.
 */
export class ProgrammeResolver {
  private readonly byCode = new Map<string, Entry>();
  private readonly byName = new Map<string, Entry[]>();
  private readonly bySlug = new Map<string, Entry>();
  private readonly names = new Map<number, string>();
  /** Rows name the same few programmes over and over: each reference is resolved once. */
  private readonly resolved = new Map<string, ProgrammeResolution>();
  private readonly createdIds = new Set<number>();
  created = 0;

  private constructor(private readonly trx: SpojniaDb) {}

  static async load(trx: SpojniaDb): Promise<ProgrammeResolver> {
    const resolver = new ProgrammeResolver(trx);
    for (const programme of await listProgrammes(trx)) resolver.remember(programme.id, programme);
    return resolver;
  }

  async resolve(reference: ProgrammeReference): Promise<ProgrammeResolution> {
    const key = reference.record
      ? `record:${reference.record.slug}`
      : [reference.code, reference.name, reference.shortName, reference.period, reference.funds.join(',')].join('|');
    const known = this.resolved.get(key);
    if (known) return known;
    const resolution = reference.record
      ? { id: await this.resolveRecord(reference.record) }
      : await this.resolveReference(reference);
    this.resolved.set(key, resolution);
    return resolution;
  }

  private async resolveReference(reference: ProgrammeReference): Promise<ProgrammeResolution> {
    const written = reference.name ?? reference.shortName ?? reference.code ?? '';
    const known = knownProgramme(reference.code ?? '') ?? knownProgramme(written);
    const code = (reference.code && CCI_PATTERN.test(reference.code) ? reference.code : known?.code) ?? null;
    const period = reference.period ?? known?.period ?? (code ? periodOfCode(code) : null);
    const found = this.find(code, [reference.name, reference.shortName, known?.name, known?.shortName], period);
    if (found) return { id: found.id };
    if (period === null) {
      return {
        problem: rowProblem('programme_period_unknown', { value: `"${written}"` }),
      };
    }
    // A programme the registry knows by code or Polish name gets its canonical names.
    const name = known?.name ?? reference.name ?? reference.shortName ?? code ?? written;
    const shortName = known?.shortName ?? reference.shortName ?? name;
    const id = await this.create({
      slug: this.freeSlug(`${shortName} ${period}`),
      code,
      name,
      nameEn: code ? (CCI_2014_2020.get(code) ?? null) : null,
      shortName,
      period,
      funds: [...reference.funds] as Fund[],
      managingAuthority: null,
      website: null,
    });
    return { id };
  }

  private async resolveRecord(record: ProgrammeInput): Promise<number> {
    const found =
      this.bySlug.get(record.slug) ?? (record.code ? this.byCode.get(record.code.toUpperCase()) : undefined);
    if (found) return found.id;
    return this.create({ ...record, slug: this.freeSlug(record.slug), code: record.code });
  }

  private find(code: string | null, names: (string | null | undefined)[], period: ProgrammingPeriod | null) {
    if (code) {
      const byCode = this.byCode.get(code.toUpperCase());
      if (byCode) return byCode;
    }
    for (const name of names) {
      if (!name) continue;
      const candidates = this.byName.get(programmeNameKey(name)) ?? [];
      const match = candidates.find((entry) => period === null || entry.period === period);
      if (match) return match;
    }
    return null;
  }

  private async create(input: ProgrammeInput): Promise<number> {
    const id = await insertProgramme(this.trx, input);
    this.remember(id, input);
    this.created += 1;
    this.createdIds.add(id);
    return id;
  }

  private remember(id: number, programme: Pick<ProgrammeInput, 'slug' | 'code' | 'name' | 'shortName' | 'period'>) {
    const entry = { id, period: programme.period };
    this.names.set(id, programme.shortName || programme.name);
    this.bySlug.set(programme.slug, entry);
    if (programme.code) this.byCode.set(programme.code.toUpperCase(), entry);
    for (const name of new Set([programmeNameKey(programme.name), programmeNameKey(programme.shortName)])) {
      if (name !== '') this.byName.set(name, [...(this.byName.get(name) ?? []), entry]);
    }
  }

  /** Programmes this import created, some perhaps only for rows it then rejected. */
  createdProgrammeIds(): number[] {
    return [...this.createdIds];
  }

  /** How reports name a programme: its short name. */
  nameOf(id: number): string {
    return this.names.get(id) ?? `#${id}`;
  }

  private freeSlug(text: string): string {
    const base = slugify(text, 70) || 'program';
    let slug = base;
    for (let suffix = 2; this.bySlug.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    return slug;
  }
}
