/** Helpers for reading rendered pages the way a person (or a screen reader) would. */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(Number.parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return NAMED[code.toLowerCase()] ?? entity;
  });
}

/**
 * The visible text of an HTML fragment: tags become spaces, entities are decoded, and every
 * kind of space (including the NBSP Polish uses in numbers) becomes one plain space.
 */
export function textOf(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** The text of every element with this tag, e.g. all h1 headings. */
export function textsOf(html: string, tag: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(pattern)].map((match) => textOf(match[1] ?? ''));
}

/** The HTML of the section with this id (sections of the project page), nested sections included. */
export function sectionById(html: string, id: string): string {
  const at = html.indexOf(`<section id="${id}"`);
  if (at === -1) return '';
  const tags = /<section\b|<\/section>/g;
  tags.lastIndex = at + 1;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[0] === '</section>' ? -1 : 1;
    if (depth === 0) return html.slice(at, match.index + match[0].length);
  }
  return html.slice(at);
}

/** The titles of the project cards on a listing page, in order. */
export function cardTitles(html: string): string[] {
  return [...html.matchAll(/<h3 class="card__title">([\s\S]*?)<\/h3>/g)].map((match) => textOf(match[1] ?? ''));
}

/** The addresses the project cards link to, in order (titles may repeat, addresses do not). */
export function cardLinks(html: string): string[] {
  return [...html.matchAll(/<h3 class="card__title"><a href="([^"]+)"/g)].map((match) => match[1] ?? '');
}
