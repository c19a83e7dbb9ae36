import { localise } from '../../domain/translation.js';
import type { FeedEntry, UpdateFeed } from '../../services/open-data/get-update-feed.js';
import { sanitizeRichText } from '../../services/rich-text/sanitize.js';
import type { RenderContext } from '../context.js';
import { MESSAGES } from '../i18n/locales.js';
import { emptyElement, escapeXml, textElement, XML_DECLARATION } from './xml.js';

export const ATOM_TYPE = 'application/atom+xml';

/**
 * Year in our tag: URIs (RFC 4151). Fixed for good: the ids of feeds and entries must never
 * change, so neither may this.
 */
const TAG_YEAR = '2025';

/** The authority of tag: URIs: the public host name without port. */
function tagAuthority(ctx: RenderContext): string {
  return new URL(ctx.origin).hostname.replace(/^\[|\]$/g, '');
}

/** The feed's own address (this language) and that of the page it belongs to. */
export interface FeedAddresses {
  readonly self: string;
  /** The same feed in every language. */
  readonly feedAlternates: Readonly<Record<string, string>>;
  readonly page: string;
}

function feedTitle(ctx: RenderContext, feed: UpdateFeed): { text: string; language: string } {
  const words = ctx.t.openData.feeds;
  const { subject } = feed;
  if (subject.kind === 'portal') return { text: words.portalTitle, language: ctx.locale };
  if (subject.kind === 'organisation') {
    return { text: words.organisationTitle(subject.organisation.name), language: ctx.locale };
  }
  const title = localise(subject.title, { en: { title: subject.titleEn } }, 'title', ctx.locale);
  return { text: words.projectTitle(title.text), language: ctx.locale };
}

function feedId(ctx: RenderContext, feed: UpdateFeed): string {
  const { subject } = feed;
  const what =
    subject.kind === 'portal'
      ? 'news'
      : subject.kind === 'project'
        ? `project/${subject.id}/news`
        : `organisation/${subject.organisation.id}/news`;
  return `tag:${tagAuthority(ctx)},${TAG_YEAR}:spojnia/${what}/${ctx.locale}`;
}

/** An update's date (known to a day, month or year) as an Atom date-time: its first moment, UTC. */
function atomDate(date: string): string {
  return `${date}T00:00:00Z`;
}

/** When the feed last changed: its newest entry; with none, the project's last save or the epoch. */
function feedUpdated(feed: UpdateFeed): string {
  const newest = feed.entries[0];
  if (newest) return atomDate(newest.update.date);
  if (feed.subject.kind === 'project') return new Date(feed.subject.updatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return '1970-01-01T00:00:00Z';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
}

/** Plain text as the project page shows it: paragraphs at blank lines, everything escaped. */
function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

function renderEntry(ctx: RenderContext, entry: FeedEntry): string {
  const { update } = entry;
  const title = localise(update.title, update.translations, 'title', ctx.locale);
  const body = localise(update.body, update.translations, 'body', ctx.locale);
  const projectTitle = localise(entry.projectTitle, { en: { title: entry.projectTitleEn } }, 'title', ctx.locale);
  const pageUrl = ctx.absolute(ctx.paths.project(entry.projectSlug));
  // Update bodies are plain text: escaped into paragraphs, then through the one sanitiser anyway.
  const html = sanitizeRichText(
    `${paragraphsHtml(body.text)}<p>${escapeHtml(ctx.t.openData.feeds.aboutProject)} <a href="${escapeHtml(pageUrl)}">${escapeHtml(projectTitle.text)}</a></p>`,
  );
  const date = atomDate(update.date);
  return [
    '<entry>',
    textElement(
      'id',
      `tag:${tagAuthority(ctx)},${TAG_YEAR}:spojnia/project/${entry.projectId}/update/${entry.key}/${ctx.locale}`,
    ),
    textElement('title', title.text, { type: 'text', 'xml:lang': title.language }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: `${pageUrl}#aktualnosci` }),
    textElement('published', date),
    textElement('updated', date),
    entry.beneficiaryName ? `<author>${textElement('name', entry.beneficiaryName)}</author>` : '',
    textElement('content', html, { type: 'html', 'xml:lang': body.language }),
    '</entry>',
  ].join('');
}

/**
 * An Atom 1.0 document (RFC 4287) of project news in the context's language: English texts
 * where translated, Polish otherwise, each marked with xml:lang. Every text is escaped; the
 * news body goes as sanitised HTML.
 */
export function renderAtomFeed(ctx: RenderContext, feed: UpdateFeed, addresses: FeedAddresses): string {
  const words = ctx.t.openData.feeds;
  const title = feedTitle(ctx, feed);
  const alternates = Object.entries(addresses.feedAlternates)
    .filter(([locale]) => locale !== ctx.locale)
    .map(([locale, href]) =>
      emptyElement('link', {
        rel: 'alternate',
        type: ATOM_TYPE,
        hreflang: locale,
        href,
        title: MESSAGES[locale as 'pl' | 'en']?.openData.feeds.subscribe,
      }),
    );
  return [
    XML_DECLARATION,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(ctx.locale)}">`,
    textElement('id', feedId(ctx, feed)),
    textElement('title', title.text, { type: 'text' }),
    feed.subject.kind === 'portal' ? textElement('subtitle', words.portalSubtitle, { type: 'text' }) : '',
    textElement('updated', feedUpdated(feed)),
    `<author>${textElement('name', ctx.t.site.name)}${textElement('uri', ctx.absolute(ctx.paths.home))}</author>`,
    emptyElement('link', { rel: 'self', type: ATOM_TYPE, href: addresses.self }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', hreflang: ctx.locale, href: addresses.page }),
    ...alternates,
    emptyElement('link', { rel: 'license', type: 'text/html', href: ctx.absolute(ctx.paths.licence) }),
    textElement('rights', words.rights, { type: 'text' }),
    textElement('generator', ctx.t.site.name, { uri: ctx.absolute(ctx.paths.home) }),
    ...feed.entries.map((entry) => renderEntry(ctx, entry)),
    '</feed>\n',
  ].join('\n');
}
