/**
 * A sort key for Polish alphabetical order, computed once when a title is written, because
 * SQLite has no ICU collation. Comparing keys as plain strings (JavaScript `<` or SQLite's
 * BINARY) puts ą after a, ł after l, ś after s, and ź, ż after z; case is ignored, and
 * punctuation only separates words.
 */

const POLISH_ALPHABET = 'aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż';
/** Key characters: a separator, then digits, then the letters in alphabet order, all below any other script. */
const SEPARATOR = ' ';
const FIRST_LETTER_CODE = 0x41;
const OTHER_SCRIPTS_BASE = 0x100;
const HIGHEST_KEY_CODE = 0xcfff;

const LETTER_KEY = new Map<string, string>(
  [...POLISH_ALPHABET].map((letter, index) => [letter, String.fromCharCode(FIRST_LETTER_CODE + index)]),
);
const learned = new Map<string, string>();

function keyOfCharacter(character: string): string {
  const known = LETTER_KEY.get(character);
  if (known !== undefined) return known;
  let key = learned.get(character);
  if (key !== undefined) return key;
  if (character >= '0' && character <= '9') key = character;
  else if (character === 'ß') key = `${LETTER_KEY.get('s')}${LETTER_KEY.get('s')}`;
  else {
    // Letters of other languages sort with their base letter (é as e, ü as u); other scripts after z.
    const base = character.normalize('NFD').charAt(0);
    const baseKey = LETTER_KEY.get(base);
    if (baseKey !== undefined) key = baseKey;
    else if (/\p{L}|\p{N}/u.test(character)) {
      key = String.fromCharCode(Math.min(OTHER_SCRIPTS_BASE + (character.codePointAt(0) ?? 0), HIGHEST_KEY_CODE));
    } else key = SEPARATOR;
  }
  learned.set(character, key);
  return key;
}

/**
 * @example polishSortKey('Łódź') > polishSortKey('Lwów') // true: ł comes after every l
 */
export function polishSortKey(text: string): string {
  let key = '';
  let pendingSeparator = false;
  for (const character of text.normalize('NFC').toLowerCase()) {
    const piece = keyOfCharacter(character);
    if (piece === SEPARATOR) {
      pendingSeparator = key !== '';
      continue;
    }
    if (pendingSeparator) key += SEPARATOR;
    pendingSeparator = false;
    key += piece;
  }
  return key;
}

/** Compares two texts in Polish alphabetical order. */
export function comparePolish(a: string, b: string): number {
  const keyA = polishSortKey(a);
  const keyB = polishSortKey(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
