import type { ProgrammingPeriod } from '../../../domain/codes.js';
import { foldDiacritics } from '../../../domain/text.js';
import { memoise } from '../values/memo.js';
import { CCI_2014_2020 } from './cci-2014-2020.js';

/** A programme the importer can name in full when a row gives only its name or short name. */
export interface KnownProgramme {
  readonly code: string | null;
  readonly name: string;
  readonly shortName: string;
  readonly period: ProgrammingPeriod;
}

/** National programmes, by the words their Polish names are recognised by. */
const NATIONAL: readonly (KnownProgramme & { readonly words: readonly string[] })[] = [
  {
    code: '2014PL05M9OP001',
    name: 'Program Operacyjny Wiedza Edukacja Rozwój',
    shortName: 'POWER',
    period: '2014-2020',
    words: ['wiedza edukacja rozwoj', 'power', 'po wer'],
  },
  {
    code: '2014PL16M1OP001',
    name: 'Program Operacyjny Infrastruktura i Środowisko',
    shortName: 'POIiŚ',
    period: '2014-2020',
    words: ['infrastruktura i srodowisko', 'poiis', 'pois'],
  },
  {
    code: '2014PL16RFOP001',
    name: 'Program Operacyjny Inteligentny Rozwój',
    shortName: 'POIR',
    period: '2014-2020',
    words: ['inteligentny rozwoj', 'poir'],
  },
  {
    code: '2014PL16RFOP002',
    name: 'Program Operacyjny Polska Cyfrowa',
    shortName: 'POPC',
    period: '2014-2020',
    words: ['polska cyfrowa', 'popc'],
  },
  {
    code: '2014PL16RFOP003',
    name: 'Program Operacyjny Polska Wschodnia',
    shortName: 'POPW',
    period: '2014-2020',
    words: ['program operacyjny polska wschodnia', 'popw'],
  },
  {
    code: '2014PL16CFTA001',
    name: 'Program Operacyjny Pomoc Techniczna',
    shortName: 'POPT',
    period: '2014-2020',
    words: ['program operacyjny pomoc techniczna', 'popt'],
  },
  {
    code: '2021PL16RFPR001',
    name: 'Fundusze Europejskie dla Nowoczesnej Gospodarki',
    shortName: 'FENG',
    period: '2021-2027',
    words: ['dla nowoczesnej gospodarki', 'feng'],
  },
  {
    code: '2021PL05SFPR001',
    name: 'Fundusze Europejskie dla Rozwoju Społecznego',
    shortName: 'FERS',
    period: '2021-2027',
    words: ['dla rozwoju spolecznego', 'fers'],
  },
  {
    code: '2021PL16FFPR001',
    name: 'Fundusze Europejskie na Infrastrukturę, Klimat, Środowisko',
    shortName: 'FEnIKS',
    period: '2021-2027',
    words: ['na infrastrukture, klimat, srodowisko', 'na infrastrukture klimat srodowisko', 'feniks'],
  },
  {
    code: null,
    name: 'Fundusze Europejskie dla Polski Wschodniej',
    shortName: 'FEPW',
    period: '2021-2027',
    words: ['dla polski wschodniej', 'fepw'],
  },
  {
    code: null,
    name: 'Fundusze Europejskie na Rozwój Cyfrowy',
    shortName: 'FERC',
    period: '2021-2027',
    words: ['na rozwoj cyfrowy', 'ferc'],
  },
  {
    code: null,
    name: 'Pomoc Techniczna dla Funduszy Europejskich',
    shortName: 'FEPT',
    period: '2021-2027',
    words: ['pomoc techniczna dla funduszy europejskich', 'fept'],
  },
];

/** Regional programmes 2014-2020 are numbered by voivodeship in alphabetical order. */
const VOIVODESHIPS_GENITIVE = [
  ['dolnoslaskiego', 'Dolnośląskiego'],
  ['kujawsko-pomorskiego', 'Kujawsko-Pomorskiego'],
  ['lubelskiego', 'Lubelskiego'],
  ['lubuskiego', 'Lubuskiego'],
  ['lodzkiego', 'Łódzkiego'],
  ['malopolskiego', 'Małopolskiego'],
  ['mazowieckiego', 'Mazowieckiego'],
  ['opolskiego', 'Opolskiego'],
  ['podkarpackiego', 'Podkarpackiego'],
  ['podlaskiego', 'Podlaskiego'],
  ['pomorskiego', 'Pomorskiego'],
  ['slaskiego', 'Śląskiego'],
  ['swietokrzyskiego', 'Świętokrzyskiego'],
  ['warminsko-mazurskiego', 'Warmińsko-Mazurskiego'],
  ['wielkopolskiego', 'Wielkopolskiego'],
  ['zachodniopomorskiego', 'Zachodniopomorskiego'],
] as const;

/** Interreg programmes of 2014-2020 with Polish partners, by their Polish names. */
const INTERREG: readonly [words: string, code: string][] = [
  ['brandenburgia-polska', '2014TC16RFCB011'],
  ['polska-slowacja', '2014TC16RFCB012'],
  ['poludniowy baltyk', '2014TC16RFCB013'],
  ['polska-saksonia', '2014TC16RFCB018'],
  ['meklemburgia', '2014TC16RFCB019'],
  ['republika czeska-polska', '2014TC16RFCB025'],
  ['czechy-polska', '2014TC16RFCB025'],
  ['litwa-polska', '2014TC16RFCB031'],
  ['region morza baltyckiego', '2014TC16M5TN001'],
  ['europa srodkowa', '2014TC16RFTN003'],
  ['interreg europa', '2014TC16RFIR001'],
  ['interreg europe', '2014TC16RFIR001'],
  ['urbact', '2014TC16RFIR003'],
  ['espon', '2014TC16RFIR004'],
  ['interact', '2014TC16RFIR002'],
];

/** Programme names compared without case, diacritics, years or punctuation. */
export function programmeNameKey(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/\s*[-–—]\s*/g, '-')
    .replace(/\b(na lata |w latach )?(2007-2013|2014-2020|2021-2027)\b/g, ' ')
    .replace(/[^a-z0-9-]+/g, ' ')
    .replace(/-+$|^-+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const CCI_PATTERN = /^(\d{4})[A-Z]{2}\d{2}[A-Z0-9]{4}\d{3}$/;

/** The period a CCI code belongs to, from its first year. */
export function periodOfCode(code: string): ProgrammingPeriod | null {
  const year = Number(CCI_PATTERN.exec(code)?.[1]);
  if (year >= 2007 && year <= 2013) return '2007-2013';
  if (year >= 2014 && year <= 2020) return '2014-2020';
  if (year >= 2021 && year <= 2027) return '2021-2027';
  return null;
}

/**
 * What the registry knows of a programme named by its CCI code, Polish name or short name.
 * @example knownProgramme('Regionalny Program Operacyjny Województwa Podlaskiego na lata 2014-2020')?.code // '2014PL16M2OP010'
 */
export const knownProgramme = memoise(findKnownProgramme);

function findKnownProgramme(text: string): KnownProgramme | null {
  const upper = text.trim().toUpperCase();
  if (CCI_PATTERN.test(upper)) return byCode(upper);
  const key = programmeNameKey(text);
  const padded = ` ${key} `;
  for (const programme of NATIONAL) {
    if (programme.words.some((words) => padded.includes(` ${words} `) || key === words)) {
      const { words: _words, ...known } = programme;
      return known;
    }
  }
  if (/regionaln\w* program\w* operacyjn|^rpo\b/.test(key)) {
    const index = VOIVODESHIPS_GENITIVE.findIndex(([genitive]) => new RegExp(`(^|[ ])${genitive}( |$)`).test(key));
    if (index !== -1) return regionalProgramme(index);
  }
  const interreg = INTERREG.find(([words]) => padded.includes(` ${words} `) || key.includes(words));
  if (interreg) return byCode(interreg[1], text.trim());
  return null;
}

/** The regional programme 2014-2020 of the voivodeship at `index` in alphabetical order. */
function regionalProgramme(index: number): KnownProgramme | null {
  const voivodeship = VOIVODESHIPS_GENITIVE[index];
  if (!voivodeship) return null;
  return {
    code: `2014PL16M2OP${String(index + 1).padStart(3, '0')}`,
    name: `Regionalny Program Operacyjny Województwa ${voivodeship[1]}`,
    shortName: `RPO ${voivodeship[1].replace(/iego$/, 'ie').replace(/ego$/, 'e')}`,
    period: '2014-2020',
  };
}

function byCode(code: string, name?: string): KnownProgramme | null {
  const national = NATIONAL.find((programme) => programme.code === code);
  if (national) {
    const { words: _words, ...known } = national;
    return known;
  }
  const regional = /^2014PL16M2OP(\d{3})$/.exec(code);
  if (regional) return regionalProgramme(Number(regional[1]) - 1);
  const title = CCI_2014_2020.get(code);
  const period = periodOfCode(code);
  if (period === null) return null;
  return { code, name: name ?? title ?? code, shortName: title ?? code, period };
}

/** True for programmes of European Territorial Cooperation (Interreg), whose amounts are in EUR. */
export const isTerritorialCooperationProgramme = memoise(isTerritorialCooperation);

function isTerritorialCooperation(text: string): boolean {
  const key = programmeNameKey(text);
  if (
    /\b(interreg|ewt|europejskiej wspolpracy terytorialnej|wspolpracy transgranicznej|program wspolpracy)\b/.test(key)
  ) {
    return true;
  }
  const known = knownProgramme(text);
  return known?.code?.includes('TC') ?? false;
}
