import type { FastifyReply } from 'fastify';
import { h } from 'preact';
import { renderPage } from '../../render.js';
import type { AdminContext } from '../context.js';
import { AdminLayout } from './layout.js';

export type AdminErrorKind = 'csrf' | 'throttled' | 'conflict' | 'busy';

function wording(ctx: AdminContext, status: number, kind?: AdminErrorKind): { title: string; text: string } {
  const { errors, signIn } = ctx.t;
  if (kind === 'csrf') return { title: errors.csrfTitle, text: errors.csrfText };
  if (kind === 'busy') return { title: errors.busyTitle, text: errors.busyText };
  if (kind === 'throttled' || status === 429) return { title: errors.throttledTitle, text: signIn.throttled };
  if (status === 401) return { title: errors.signInTitle, text: errors.signInText };
  if (status === 403) return { title: errors.forbiddenTitle, text: errors.forbiddenText };
  if (status === 404) return { title: errors.notFoundTitle, text: errors.notFoundText };
  if (status === 413) return { title: errors.tooLargeTitle, text: errors.tooLargeText };
  if (status === 409) return { title: errors.conflictTitle, text: errors.badRequestText };
  if (status >= 500) return { title: errors.serverTitle, text: errors.serverText };
  return { title: errors.badRequestTitle, text: errors.badRequestText };
}

export function AdminErrorPage({
  ctx,
  status,
  kind,
  details,
}: {
  ctx: AdminContext;
  status: number;
  kind?: AdminErrorKind;
  details?: readonly string[];
}) {
  const { title, text } = wording(ctx, status, kind);
  const signedIn = ctx.session !== null;
  return (
    <AdminLayout ctx={ctx} title={title}>
      <div class="prose">
        <h1>{title}</h1>
        <p class="lead">{text}</p>
        {details && details.length > 0 ? (
          <ul class="problems">
            {details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : null}
        <p>
          <a href={signedIn ? ctx.paths.projects : ctx.paths.signIn}>
            {signedIn ? ctx.t.errors.goBack : ctx.t.errors.goSignIn}
          </a>
        </p>
      </div>
    </AdminLayout>
  );
}

/** Sends an editorial error page; nothing was changed when one of these is shown. */
export function renderAdminError(
  reply: FastifyReply,
  ctx: AdminContext,
  status: number,
  kind?: AdminErrorKind,
  details?: readonly string[],
): FastifyReply {
  return renderPage(reply, h(AdminErrorPage, { ctx, status, kind, details }), status);
}
