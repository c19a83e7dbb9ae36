import { type LocalisedText, localise, ORIGINAL_LANGUAGE, type Translations } from '../../../domain/translation.js';
import type { RenderContext } from '../../context.js';

/** A content text in the page's language, or the Polish original where it has no translation. */
export function localised<Field extends string>(
  ctx: RenderContext,
  original: string,
  translations: Translations<Field> | undefined,
  field: Field,
): LocalisedText {
  return localise(original, translations, field, ctx.locale);
}

/**
 * The `lang` attribute for text that exists only in Polish (names of phases, notes, places…):
 * set on pages in another language, so screen readers switch their voice; absent on Polish pages.
 */
export function originalLang(ctx: RenderContext): string | undefined {
  return ctx.locale === ORIGINAL_LANGUAGE ? undefined : ORIGINAL_LANGUAGE;
}

/** The visible mark of a text shown in Polish on a page in another language: "(in Polish)". */
export function InPolishNote({ ctx }: { ctx: RenderContext }) {
  return <span class="lang-note">{ctx.t.common.inPolish}</span>;
}

/** An inline text; a Polish fallback is marked with lang="pl" and a visible note after it. */
export function LocalisedInline({ ctx, text }: { ctx: RenderContext; text: LocalisedText }) {
  if (!text.isFallback) return <>{text.text}</>;
  return (
    <>
      <span lang={text.language}>{text.text}</span> <InPolishNote ctx={ctx} />
    </>
  );
}
