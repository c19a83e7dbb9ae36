/** Letters that Unicode decomposition does not fold (ł has no combining form). */
const UNDECOMPOSABLE: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ß: 'ss' };

/**
 * Folds diacritics so that "Łódź" and "Lodz" compare equal; ł is folded by hand because
 * NFD leaves it alone.
 * @example foldDiacritics('Żłobek w Łodzi') // 'Zlobek w Lodzi'
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁđĐøØß]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter);
}

/**
 * Makes a URL slug from a name: folded, lower case, words joined by hyphens.
 * @example slugify('Hajnówka OdNowa') // 'hajnowka-odnowa'
 */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/g, '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Normalises an organisation name for de-duplication: folded, case-insensitive, single spaces. */
export function normaliseName(name: string): string {
  return foldDiacritics(name)
    .toLowerCase()
    .replace(/["'„”«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
