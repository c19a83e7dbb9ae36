import type { Fund } from '../../../domain/codes.js';
import { foldDiacritics } from '../../../domain/text.js';
import { type Cell, cellText, ok, quoted, type Reading, refuse } from './cell.js';
import { memoise } from './memo.js';

export interface FundsValue {
  readonly funds: readonly Fund[];
  /** The fund was written as European Territorial Cooperation (EWT, Interreg), which ERDF finances. */
  readonly isTerritorialCooperation: boolean;
}

const TERRITORIAL_COOPERATION = 'territorial-cooperation';
type FundName = Fund | typeof TERRITORIAL_COOPERATION;

/** Names and abbreviations of the funds, in Polish and English and as the regulations abbreviate them. */
const NAMES: Record<string, FundName> = {
  erdf: 'ERDF',
  efrr: 'ERDF',
  feder: 'ERDF',
  efre: 'ERDF',
  'european regional development fund': 'ERDF',
  'europejski fundusz rozwoju regionalnego': 'ERDF',
  esf: 'ESF',
  efs: 'ESF',
  fse: 'ESF',
  'european social fund': 'ESF',
  'europejski fundusz spoleczny': 'ESF',
  'esf+': 'ESF+',
  'efs+': 'ESF+',
  'fse+': 'ESF+',
  'european social fund plus': 'ESF+',
  'europejski fundusz spoleczny plus': 'ESF+',
  cf: 'CF',
  fs: 'CF',
  'cohesion fund': 'CF',
  'fundusz spojnosci': 'CF',
  yei: 'YEI',
  'youth employment initiative': 'YEI',
  'inicjatywa na rzecz zatrudnienia ludzi mlodych': 'YEI',
  jtf: 'JTF',
  fst: 'JTF',
  'just transition fund': 'JTF',
  'fundusz na rzecz sprawiedliwej transformacji': 'JTF',
  emfaf: 'EMFAF',
  efmra: 'EMFAF',
  'european maritime, fisheries and aquaculture fund': 'EMFAF',
  'europejski fundusz morski, rybacki i akwakultury': 'EMFAF',
  bar: 'BAR',
  'brexit adjustment reserve': 'BAR',
  'rezerwa na rzecz dostosowania do brexitu': 'BAR',
  ewt: TERRITORIAL_COOPERATION,
  etc: TERRITORIAL_COOPERATION,
  interreg: TERRITORIAL_COOPERATION,
  'europejska wspolpraca terytorialna': TERRITORIAL_COOPERATION,
  'european territorial cooperation': TERRITORIAL_COOPERATION,
};

/** Folded, lower case, without brackets: how fund names are compared. */
export function fundKey(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Reads the fund(s) of a row: "Europejski Fundusz Rozwoju Regionalnego", "EFS+", "ERDF|ESF",
 * "EFRR - EWT". `extra` adds names a mapping file defines. Null for an empty cell.
 * @example readFunds('EFRR, EFS') // ok({ funds: ['ERDF', 'ESF'], isTerritorialCooperation: false })
 */
export function readFunds(cell: Cell): Reading<FundsValue | null> {
  const text = cellText(cell instanceof Date ? null : cell);
  if (text === null) return ok(null);
  return readFundText(text);
}

const readFundText = memoise((text: string): Reading<FundsValue | null> => {
  const whole = lookup(fundKey(text));
  const parts = whole ? [whole] : splitNames(text).map((part) => lookup(fundKey(part)));
  if (parts.length === 0 || parts.some((part) => part === null)) {
    return refuse('unknown_fund', { value: quoted(text) });
  }
  const names = parts as FundName[];
  const isTerritorialCooperation = names.includes(TERRITORIAL_COOPERATION);
  const funds = [...new Set(names.map((name) => (name === TERRITORIAL_COOPERATION ? 'ERDF' : name)))];
  return ok({ funds, isTerritorialCooperation });
});

function splitNames(text: string): string[] {
  return text
    .split(/\s*[,;|/]\s*|\s+-\s+|\s+(?:i|and|oraz)\s+/i)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function lookup(key: string): FundName | null {
  return NAMES[key] ?? null;
}
