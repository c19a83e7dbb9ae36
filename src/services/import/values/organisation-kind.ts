import type { OrganisationKind } from '../../../domain/codes.js';
import { foldDiacritics } from '../../../domain/text.js';

/** Words in an organisation's name that say what kind it is, checked in this order. */
const KIND_PATTERNS: readonly [RegExp, OrganisationKind][] = [
  [
    /\b(uniwersytet|politechnika|akademia|uczelnia|szkola wyzsza|university|universit|sveuciliste|fakultet|hochschule)/,
    'university',
  ],
  [/\b(sp\. ?z ?o\. ?o|spolka|s\.a\.|sp\. ?j\.|sp\. ?k\.|d\.o\.o|d\.d\.|gmbh|ltd|s\.r\.o|s\.p\.a|s\.r\.l)/, 'company'],
  [
    /\b(stowarzyszenie|fundacja|towarzystwo|zwiazek (?!gmin|powiatow|miedzygminny|komunalny)|udruga|association|foundation)/,
    'ngo',
  ],
  [
    /^(gmina|miasto|powiat|wojewodztwo|urzad (miasta|gminy)|zwiazek (gmin|powiatow|miedzygminny)|grad |opcina|zupanija|municipality|city of|town of|commune |comune |gemeinde|kommun)|\b(zupanija|kommune)$/,
    'municipality',
  ],
  [
    /\b(ministerstwo|ministarstvo|ministry|urzad|agencja|agencija|instytut|institut|dyrekcja|zarzad|centrum|osrodek|szpital|biblioteka|muzeum|teatr|szkola|przedszkole|zaklad|policja|straz|inspektorat|wojewoda)/,
    'public_institution',
  ],
];

/**
 * A first guess of an organisation's kind from its name; editors can correct it. Unknown
 * names are "other", never a wrong certainty.
 * @example guessOrganisationKind('GMINA MIASTO KRAKÓW') // 'municipality'
 */
export function guessOrganisationKind(name: string): OrganisationKind {
  const folded = foldDiacritics(name).toLowerCase();
  for (const [pattern, kind] of KIND_PATTERNS) if (pattern.test(folded)) return kind;
  return 'other';
}
