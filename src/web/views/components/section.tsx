import type { ComponentChildren } from 'preact';
import { sanitizeRichText } from '../../../services/rich-text/sanitize.js';

interface SectionProps {
  readonly id: string;
  readonly title: string;
  /** Shown after the title, e.g. the mark of a text that is only in Polish. */
  readonly titleNote?: ComponentChildren;
  readonly children: ComponentChildren;
}

/** A titled part of a page: an h2 that also names the section for assistive technology. */
export function Section({ id, title, titleNote, children }: SectionProps) {
  return (
    <section id={id} class="page-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title}
        {titleNote ? <> {titleNote}</> : null}
      </h2>
      {children}
    </section>
  );
}

/**
 * Rich text of a project. It goes through the allow-list sanitiser right here, whatever was
 * stored, so this is the one place that may set inner HTML.
 */
export function RichText({ html }: { html: string }) {
  const clean = sanitizeRichText(html);
  if (clean === '') return null;
  return <div class="rich-text" dangerouslySetInnerHTML={{ __html: clean }} />;
}

/** Plain text with blank lines between paragraphs, as people type it. */
export function PlainText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return (
    <>
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </>
  );
}

/**
 * A wide table that scrolls sideways on a narrow screen; focusable and named, so keyboard
 * users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section class="table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
