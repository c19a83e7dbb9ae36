/**
 * Translations of a project's own texts. Polish is the original language of every text;
 * a translation holds what has been translated, and anything missing falls back to the
 * Polish original, marked as such wherever it is shown.
 */

/** Languages a project's texts can be translated into. */
export const TRANSLATION_LANGUAGES = ['en'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** The language of every original text. */
export const ORIGINAL_LANGUAGE = 'pl';
export type ContentLanguage = typeof ORIGINAL_LANGUAGE | TranslationLanguage;

export const TRANSLATABLE_PROJECT_FIELDS = ['title', 'summary', 'description', 'goal', 'results'] as const;
export type TranslatableProjectField = (typeof TRANSLATABLE_PROJECT_FIELDS)[number];

export const TRANSLATABLE_UPDATE_FIELDS = ['title', 'body'] as const;
export type TranslatableUpdateField = (typeof TRANSLATABLE_UPDATE_FIELDS)[number];

/** Translated texts of some fields; a field left out, null or blank has no translation. */
export type TextTranslation<Field extends string> = Readonly<Partial<Record<Field, string | null>>>;

/** Per language, the translated texts. */
export type Translations<Field extends string> = Readonly<Partial<Record<TranslationLanguage, TextTranslation<Field>>>>;

export type ProjectTranslations = Translations<TranslatableProjectField>;
export type UpdateTranslations = Translations<TranslatableUpdateField>;

/** A text ready to show: in the asked language, or the original when that has no translation. */
export interface LocalisedText {
  readonly text: string;
  readonly language: ContentLanguage;
  /** True when the text is shown in Polish because the asked language has no translation of it. */
  readonly isFallback: boolean;
}

/** A translated text worth keeping: trimmed, and null when nothing is left. */
export function cleanTranslation(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Picks the text of a field in a language, falling back to the Polish original.
 * @example localise('Cel', { en: { goal: 'Goal' } }, 'goal', 'en') // { text: 'Goal', language: 'en', isFallback: false }
 */
export function localise<Field extends string>(
  original: string,
  translations: Translations<Field> | undefined,
  field: Field,
  language: ContentLanguage,
): LocalisedText {
  if (language === ORIGINAL_LANGUAGE) return { text: original, language, isFallback: false };
  const translated = cleanTranslation(translations?.[language]?.[field]);
  if (translated !== null) return { text: translated, language, isFallback: false };
  return { text: original, language: ORIGINAL_LANGUAGE, isFallback: original.trim() !== '' };
}

/** Every translatable field of a translation, missing ones as null: the stored and published shape. */
export function completeTranslation<Field extends string>(
  fields: readonly Field[],
  translation: TextTranslation<Field> | undefined,
): Record<Field, string | null> {
  return Object.fromEntries(fields.map((field) => [field, cleanTranslation(translation?.[field])])) as Record<
    Field,
    string | null
  >;
}
