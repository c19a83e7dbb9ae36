import { AppError } from '../../../domain/errors.js';
import { recordAuditEvent } from '../../../services/audit/record-audit-event.js';
import { changeOwnPassword } from '../../../services/auth/change-password.js';
import { signIn } from '../../../services/auth/sign-in.js';
import { signOut } from '../../../services/auth/sign-out.js';
import { newToken } from '../../../services/auth/tokens.js';
import { renderPage } from '../../render.js';
import { type AdminRoute, type RouteArgs, safeNext } from '../routing.js';
import { clearSessionCookie, SIGN_IN_COOKIE, setSessionCookie, setSignInCookie } from '../security/cookies.js';
import { field } from '../security/form-body.js';
import { PasswordPage } from '../views/password-page.js';
import { SignInPage } from '../views/sign-in-page.js';

/** The sign-in form's double-submit token: the cookie's, or a new one set now. */
function signInToken(args: RouteArgs): string {
  const existing = args.request.cookies[SIGN_IN_COOKIE];
  if (existing && /^[\w-]{40,64}$/.test(existing)) return existing;
  const token = newToken();
  setSignInCookie(args.request, args.reply, token);
  return token;
}

async function showSignIn(args: RouteArgs) {
  const { reply, ctx, session, query } = args;
  if (session) return reply.redirect(safeNext(query.next, ctx.paths), 303);
  const message = query.ok === 'signed-out' ? null : query.next ? ctx.t.signIn.expired : null;
  return renderPage(
    reply,
    <SignInPage ctx={ctx} csrfToken={signInToken(args)} email="" error={message} next={query.next ?? ''} />,
  );
}

async function submitSignIn(args: RouteArgs) {
  const { request, reply, ctx, deps, body } = args;
  const email = field(body, 'email').slice(0, 254);
  const next = field(body, 'next');
  const result = await signIn(deps.db, { email, password: field(body, 'password').slice(0, 1024), ip: request.ip });
  if (result.outcome === 'signed_in') {
    setSessionCookie(request, reply, result.session.token, result.session.expiresAt);
    return reply.redirect(safeNext(next, ctx.paths), 303);
  }
  const error =
    result.outcome === 'locked' ? ctx.t.signIn.locked(ctx.t.dateTime(result.lockedUntil)) : ctx.t.signIn.invalid;
  return renderPage(
    reply,
    <SignInPage ctx={ctx} csrfToken={signInToken(args)} email={email} error={error} next={next} />,
    result.outcome === 'locked' ? 423 : 401,
  );
}

async function submitSignOut(args: RouteArgs) {
  const { request, reply, ctx, deps, session } = args;
  if (session) await signOut(deps.db, session, request.ip);
  clearSessionCookie(request, reply);
  return reply.redirect(ctx.paths.withNotice(ctx.paths.signIn, 'signed-out'), 303);
}

async function showPassword(args: RouteArgs) {
  return renderPage(args.reply, <PasswordPage ctx={args.ctx} problems={[]} />);
}

async function submitPassword(args: RouteArgs) {
  const { reply, ctx, deps, session, body } = args;
  if (!session) throw new AppError('not_found', 'No session');
  try {
    await changeOwnPassword(deps.db, {
      userId: session.user.id,
      current: field(body, 'current'),
      next: field(body, 'next'),
      repeated: field(body, 'repeated'),
      keepSessionHash: session.tokenHash,
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'invalid_input') {
      return renderPage(reply, <PasswordPage ctx={ctx} problems={error.problems} />, 400);
    }
    throw error;
  }
  return reply.redirect(ctx.paths.withNotice(ctx.paths.password, 'password'), 303);
}

/** Records that an address hit the sign-in rate limit (once per minute and address). */
export async function auditThrottledSignIn(args: Pick<RouteArgs, 'deps'> & { ip: string }): Promise<void> {
  await recordAuditEvent(args.deps.db, { action: 'sign_in_throttled', ip: args.ip });
}

export const authRoutes: readonly AdminRoute[] = [
  {
    name: 'root',
    method: 'GET',
    path: (p) => p.root,
    access: 'canViewAdmin',
    handle: async ({ reply, ctx }) => reply.redirect(ctx.paths.projects, 303),
  },
  { name: 'signIn.show', method: 'GET', path: (p) => p.signIn, access: 'public', handle: showSignIn },
  {
    name: 'signIn.submit',
    method: 'POST',
    path: (p) => p.signIn,
    access: 'public',
    signIn: true,
    handle: submitSignIn,
  },
  { name: 'signOut', method: 'POST', path: (p) => p.signOut, access: 'canViewAdmin', handle: submitSignOut },
  {
    name: 'password.show',
    method: 'GET',
    path: (p) => p.password,
    access: 'canChangeOwnPassword',
    handle: showPassword,
  },
  {
    name: 'password.submit',
    method: 'POST',
    path: (p) => p.password,
    access: 'canChangeOwnPassword',
    handle: submitPassword,
  },
];
