import type { RenderContext } from '../context.js';
import { LOCALES, MESSAGES, otherLocale } from '../i18n/locales.js';

/** A picture for link previews: a project's photo or logo, an organisation's logo. */
export interface PreviewImage {
  readonly url: string;
  readonly alt: string;
}

/** A feed offered by a page, announced in its head and linked visibly in its body. */
export interface PageFeed {
  readonly href: string;
  readonly title: string;
}

/**
 * JSON for a `<script type="application/ld+json">`. `<`, `>` and `&` become JSON escapes, so
 * no text (a title with `</script>` or `<!--` in it) can end the script element early; the
 * line and paragraph separators are escaped for old parsers. The JSON means the same.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** schema.org data about the page's subject, embedded safely. */
export function JsonLd({ data }: { data: unknown }) {
  // jsonForScript escapes every character that could end the element early.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}

interface SocialMetaProps {
  readonly ctx: RenderContext;
  readonly title: string;
  readonly description: string;
  readonly image?: PreviewImage;
  readonly type: 'website' | 'article';
}

/**
 * The canonical address, the same page in every language (absolute hreflang links; x-default
 * is the Polish original), and Open Graph and Twitter card tags for link previews.
 */
export function SocialMeta({ ctx, title, description, image, type }: SocialMetaProps) {
  const url = ctx.absolute(ctx.alternates[ctx.locale]);
  const imageUrl = image ? ctx.absolute(image.url) : undefined;
  return (
    <>
      <link rel="canonical" href={url} />
      {LOCALES.map((locale) => (
        <link key={locale} rel="alternate" hreflang={locale} href={ctx.absolute(ctx.alternates[locale])} />
      ))}
      <link rel="alternate" hreflang="x-default" href={ctx.absolute(ctx.alternates.pl)} />
      <meta property="og:site_name" content={ctx.t.site.name} />
      <meta property="og:type" content={type} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={ctx.t.openData.ogLocale} />
      <meta property="og:locale:alternate" content={MESSAGES[otherLocale(ctx.locale)].openData.ogLocale} />
      {imageUrl ? <meta property="og:image" content={imageUrl} /> : null}
      {image ? <meta property="og:image:alt" content={image.alt} /> : null}
      <meta name="twitter:card" content={imageUrl ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {imageUrl ? <meta name="twitter:image" content={imageUrl} /> : null}
      {image ? <meta name="twitter:image:alt" content={image.alt} /> : null}
    </>
  );
}

/** The portal's feed and the page's own, for feed readers that look in the head. */
export function FeedLinks({ ctx, feed }: { ctx: RenderContext; feed?: PageFeed }) {
  const feeds = [{ href: ctx.paths.feed, title: ctx.t.openData.feeds.portalTitle }];
  if (feed && feed.href !== ctx.paths.feed) feeds.push(feed);
  return (
    <>
      {feeds.map((item) => (
        <link
          key={item.href}
          rel="alternate"
          type="application/atom+xml"
          title={item.title}
          href={ctx.absolute(item.href)}
        />
      ))}
    </>
  );
}

/** The visible link to a page's feed. */
export function FeedLink({ ctx, feed }: { ctx: RenderContext; feed: PageFeed }) {
  const words = ctx.t.openData.feeds;
  return (
    <p class="feed-link">
      <a href={feed.href} type="application/atom+xml">
        {words.subscribe}
      </a>{' '}
      <span class="feed-link__hint">({words.subscribeHint})</span>
    </p>
  );
}
