import sanitizeHtml from 'sanitize-html';

/** The small HTML subset rich text (descriptions, results) may use. */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote', 'a'];

const SAFE_HREF = /^\s*(https?:\/\/|mailto:)/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  // Text of dropped elements such as <script> and <style> is dropped with them.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'title'],
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs): sanitizeHtml.Tag =>
      SAFE_HREF.test(attribs.href ?? '')
        ? { tagName, attribs: { href: (attribs.href ?? '').trim(), rel: 'noopener nofollow' } }
        : { tagName, attribs: {} },
  },
  // A link to anything but the web or e-mail loses its tag and keeps its text. (Renaming it
  // to a disallowed tag instead trips a sanitize-html bug that mislabels later closing tags.)
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

/**
 * Cleans rich text down to an allow-list: paragraphs, line breaks, emphasis, lists, small
 * headings, quotes and http/https/mailto links (marked rel="noopener nofollow"). Scripts,
 * event handlers, styles and `javascript:` URLs never survive.
 * @example sanitizeRichText('<p onclick="x()">Hi<script>y()</script></p>') // '<p>Hi</p>'
 */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}
