import { foldDiacritics } from '../../../domain/text.js';

/**
 * Countries of the EU and its neighbours by ISO 3166-1 alpha-2 code, with the names files
 * use for them (English as in Kohesio, Polish, and the country's own).
 */
const COUNTRIES: Record<string, readonly string[]> = {
  AT: ['austria', 'österreich'],
  BE: ['belgium', 'belgia', 'belgique', 'belgië'],
  BG: ['bulgaria', 'bułgaria', 'българия'],
  CY: ['cyprus', 'cypr'],
  CZ: ['czechia', 'czech republic', 'czechy', 'republika czeska', 'česko', 'česká republika'],
  DE: ['germany', 'niemcy', 'deutschland'],
  DK: ['denmark', 'dania', 'danmark'],
  EE: ['estonia', 'eesti'],
  ES: ['spain', 'hiszpania', 'españa'],
  FI: ['finland', 'finlandia', 'suomi'],
  FR: ['france', 'francja'],
  GR: ['greece', 'grecja', 'ελλάδα', 'el'],
  HR: ['croatia', 'chorwacja', 'hrvatska'],
  HU: ['hungary', 'węgry', 'magyarország'],
  IE: ['ireland', 'irlandia', 'éire'],
  IT: ['italy', 'włochy', 'italia'],
  LT: ['lithuania', 'litwa', 'lietuva'],
  LU: ['luxembourg', 'luksemburg'],
  LV: ['latvia', 'łotwa', 'latvija'],
  MT: ['malta'],
  NL: ['netherlands', 'the netherlands', 'holandia', 'niderlandy', 'nederland'],
  PL: ['poland', 'polska'],
  PT: ['portugal', 'portugalia'],
  RO: ['romania', 'rumunia', 'românia'],
  SE: ['sweden', 'szwecja', 'sverige'],
  SI: ['slovenia', 'słowenia', 'slovenija'],
  SK: ['slovakia', 'słowacja', 'slovensko'],
  GB: ['united kingdom', 'wielka brytania', 'uk'],
  NO: ['norway', 'norwegia', 'norge'],
  CH: ['switzerland', 'szwajcaria', 'schweiz', 'suisse'],
  IS: ['iceland', 'islandia'],
  LI: ['liechtenstein'],
  UA: ['ukraine', 'ukraina', 'україна'],
  BY: ['belarus', 'białoruś'],
  RU: ['russia', 'rosja'],
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(COUNTRIES)) {
  BY_NAME.set(code.toLowerCase(), code);
  for (const name of names) BY_NAME.set(foldDiacritics(name).toLowerCase(), code);
}

/**
 * The ISO code of a country written as a code or a name, or null when unknown.
 * @example countryCode('Poland') // 'PL'; countryCode('EL') // 'GR'
 */
export function countryCode(text: string): string | null {
  return BY_NAME.get(foldDiacritics(text).toLowerCase().trim()) ?? null;
}
