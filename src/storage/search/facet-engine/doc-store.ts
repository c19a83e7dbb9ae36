import { currencyCode, currencyOfCode } from '../../../domain/money.js';
import { FACETS, type FacetName, moneyRangeOf } from '../../../domain/search-facets.js';
import { Dictionary } from './dictionary.js';
import { FacetColumn } from './facet-column.js';

/** Slots per document of each facet's column; a document with more values overflows. */
const SLOTS: Readonly<Record<FacetName, number>> = {
  programme: 1,
  fund: 2,
  period: 1,
  topic: 3,
  status: 1,
  category: 1,
  voivodeship: 2,
  municipality: 2,
  beneficiary: 1,
  partnerCountry: 3,
  startYear: 1,
  valueRange: 1,
  cofinancingRange: 1,
};

/** Dictionary keys: registry ids for programmes, topics and beneficiaries, years as numbers, codes otherwise. */
export type FacetKey = string | number;

/** Columns of `search_documents` in the order `DocStore.put` reads them. */
export const DOCUMENT_COLUMNS = [
  'project_id',
  'programme_id',
  'period',
  'status',
  'category',
  'currency',
  'funds',
  'beneficiary_id',
  'start_day',
  'end_day',
  'total_value',
  'cofinancing',
  'topic_ids',
  'voivodeships',
  'municipalities',
  'partner_countries',
] as const;

export type SortKeyName = 'start' | 'end' | 'value' | 'cofinancing' | 'title';

const DAYS_PER_400_YEARS = 146097;

/** The calendar year of a day number (days since 1970-01-01), by integer arithmetic. */
function yearOfDay(day: number): number {
  const shifted = day + 719468;
  const era = Math.floor(shifted / DAYS_PER_400_YEARS);
  const dayOfEra = shifted - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  return yearOfEra + era * 400 + (monthIndex >= 10 ? 1 : 0);
}

function listOf(text: unknown): string[] {
  if (typeof text !== 'string' || text === '') return [];
  return text.indexOf(' ') === -1 ? [text] : text.split(' ');
}

function numberOrNaN(value: unknown): number {
  return value === null || value === undefined ? Number.NaN : Number(value);
}

/**
 * Every published project's facet values and sort keys, in typed arrays indexed by project
 * id. About 100 bytes per project, so a million projects take about 100 MB.
 */
export class DocStore {
  capacity: number;
  maxId = 0;
  visibleCount = 0;
  /** Bumped on every change, so derived lists know when to rebuild. */
  version = 0;
  visible: Uint8Array;
  /** 1 = PLN, 2 = EUR: sums are kept per currency, never added across. */
  currency: Uint8Array;
  readonly columns: Record<FacetName, FacetColumn>;
  readonly dictionaries: Record<FacetName, Dictionary<FacetKey>>;
  readonly sortKeys: Record<SortKeyName, Float64Array>;
  private visibleIdList: Int32Array | null = null;
  private visibleIdListVersion = -1;
  private readonly scratch: number[] = [];

  constructor(capacity = 1024) {
    this.capacity = Math.max(capacity, 16);
    this.visible = new Uint8Array(this.capacity);
    this.currency = new Uint8Array(this.capacity);
    const columns = {} as Record<FacetName, FacetColumn>;
    const dictionaries = {} as Record<FacetName, Dictionary<FacetKey>>;
    for (const facet of FACETS) {
      columns[facet] = new FacetColumn(SLOTS[facet], this.capacity);
      dictionaries[facet] = new Dictionary<FacetKey>();
    }
    this.columns = columns;
    this.dictionaries = dictionaries;
    this.sortKeys = {
      start: new Float64Array(this.capacity).fill(Number.NaN),
      end: new Float64Array(this.capacity).fill(Number.NaN),
      value: new Float64Array(this.capacity).fill(Number.NaN),
      cofinancing: new Float64Array(this.capacity).fill(Number.NaN),
      title: new Float64Array(this.capacity).fill(Number.NaN),
    };
  }

  private ensureCapacity(id: number): void {
    if (id < this.capacity) return;
    let capacity = this.capacity;
    while (capacity <= id) capacity *= 2;
    const visible = new Uint8Array(capacity);
    visible.set(this.visible);
    this.visible = visible;
    const currency = new Uint8Array(capacity);
    currency.set(this.currency);
    this.currency = currency;
    for (const facet of FACETS) this.columns[facet].grow(capacity);
    for (const name of Object.keys(this.sortKeys) as SortKeyName[]) {
      const keys = new Float64Array(capacity).fill(Number.NaN);
      keys.set(this.sortKeys[name]);
      this.sortKeys[name] = keys;
    }
    this.capacity = capacity;
  }

  private setValues(facet: FacetName, doc: number, keys: readonly FacetKey[]): void {
    const dictionary = this.dictionaries[facet];
    const numbers = this.scratch;
    numbers.length = 0;
    for (const key of keys) numbers.push(dictionary.numberOf(key));
    this.columns[facet].set(doc, numbers);
  }

  private setValue(facet: FacetName, doc: number, key: FacetKey | null): void {
    this.columns[facet].setOne(doc, key === null ? 0 : this.dictionaries[facet].numberOf(key));
  }

  /** Stores (or replaces) one document from a row of `search_documents`, columns as DOCUMENT_COLUMNS. */
  put(row: readonly unknown[]): void {
    const id = Number(row[0]);
    this.ensureCapacity(id);
    const [, programme, period, status, category, currency, funds, beneficiary, startDay, endDay, value, cofinancing] =
      row;
    this.setValue('programme', id, programme === null ? null : Number(programme));
    this.setValue('period', id, (period as string | null) ?? null);
    this.setValue('status', id, status as string);
    this.setValue('category', id, (category as string | null) ?? null);
    this.setValues('fund', id, listOf(funds));
    this.setValue('beneficiary', id, beneficiary === null ? null : Number(beneficiary));
    this.setValues('topic', id, listOf(row[12]).map(Number));
    this.setValues('voivodeship', id, listOf(row[13]));
    this.setValues('municipality', id, listOf(row[14]));
    this.setValues('partnerCountry', id, listOf(row[15]));
    const start = numberOrNaN(startDay);
    this.setValue('startYear', id, Number.isNaN(start) ? null : yearOfDay(start));
    const amounts = { value: numberOrNaN(value), cofinancing: numberOrNaN(cofinancing) };
    // Amounts in a currency are summed and put in value ranges only with amounts in that same currency.
    this.currency[id] = currencyCode(currency);
    const moneyCurrency = currencyOfCode(this.currency[id] as number);
    const range = (amount: number) =>
      Number.isNaN(amount) || moneyCurrency === null ? null : moneyRangeOf({ amount, currency: moneyCurrency });
    this.setValue('valueRange', id, range(amounts.value));
    this.setValue('cofinancingRange', id, range(amounts.cofinancing));
    this.sortKeys.start[id] = start;
    this.sortKeys.end[id] = numberOrNaN(endDay);
    this.sortKeys.value[id] = amounts.value;
    this.sortKeys.cofinancing[id] = amounts.cofinancing;
    if (this.visible[id] !== 1) this.visibleCount += 1;
    this.visible[id] = 1;
    if (id > this.maxId) this.maxId = id;
    this.version += 1;
  }

  /** Takes a document out (deleted, unpublished); its slots are cleared so it counts nowhere. */
  remove(id: number): void {
    if (id >= this.capacity || this.visible[id] !== 1) return;
    this.visible[id] = 0;
    this.visibleCount -= 1;
    for (const facet of FACETS) this.columns[facet].clear(id);
    this.version += 1;
  }

  /** Ids of every visible document, ascending; rebuilt only after a change. */
  visibleIds(): Int32Array {
    if (this.visibleIdList && this.visibleIdListVersion === this.version) return this.visibleIdList;
    const ids = new Int32Array(this.visibleCount);
    let at = 0;
    for (let id = 0; id <= this.maxId; id += 1) if (this.visible[id] === 1) ids[at++] = id;
    this.visibleIdList = ids.subarray(0, at);
    this.visibleIdListVersion = this.version;
    return this.visibleIdList;
  }

  /** Forgets cached derived lists after title ranks change. */
  touch(): void {
    this.version += 1;
  }
}
