import type { ComponentChildren } from 'preact';
import type { RenderContext } from '../../context.js';

/** A definition list of facts; each fact shows only when it has a value. */
export function Facts({ children, class: className }: { children: ComponentChildren; class?: string }) {
  return <dl class={className ? `facts ${className}` : 'facts'}>{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  if (children === null || children === undefined || children === false || children === '') return null;
  if (Array.isArray(children) && children.length === 0) return null;
  return (
    <div class="facts__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** `1 lipca 2018 – 28 września 2021`, or one end of the range, or "not given". */
export function dateRange(ctx: RenderContext, start: string | null, end: string | null): string {
  const { format, t } = ctx;
  if (start && end) return `${format.date(start)} – ${format.date(end)}`;
  if (start) return t.common.dateFrom(format.date(start));
  if (end) return t.common.dateUntil(format.date(end));
  return t.common.notGiven;
}

const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;

/** A URL entered by someone is linked only when it is a web, e-mail or phone address, or a path on this site. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

/** A link that leaves the portal, said so for screen readers too; unsafe URLs stay plain text. */
export function ExternalLink({
  ctx,
  href,
  children,
}: {
  ctx: RenderContext;
  href: string;
  children: ComponentChildren;
}) {
  if (!isSafeUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} rel="noopener nofollow" class="external">
      {children}
      <span class="visually-hidden"> {ctx.t.common.externalLinkNote}</span>
    </a>
  );
}
