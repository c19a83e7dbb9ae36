import type { LocalisedText } from '../../../domain/translation.js';
import type { RenderContext } from '../../context.js';
import { InPolishNote } from '../components/localised.js';
import { PlainText, RichText, Section } from '../components/section.js';

interface TextSectionProps {
  readonly ctx: RenderContext;
  readonly id: string;
  readonly title: string;
  readonly text: LocalisedText;
  /** Rich text (sanitised HTML) rather than plain text with blank lines between paragraphs. */
  readonly rich?: boolean;
}

/**
 * A section of a project's own text (goal, description, results). A text shown in Polish on
 * a page in another language says so in its heading and carries lang="pl".
 */
export function TextSection({ ctx, id, title, text, rich = false }: TextSectionProps) {
  if (text.text.trim() === '') return null;
  const body = rich ? <RichText html={text.text} /> : <PlainText text={text.text} />;
  return (
    <Section id={id} title={title} titleNote={text.isFallback ? <InPolishNote ctx={ctx} /> : null}>
      {text.isFallback ? <div lang={text.language}>{body}</div> : body}
    </Section>
  );
}
