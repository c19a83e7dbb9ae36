import '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'spojnia_session';
/** Double-submit token of the sign-in form, which comes before there is a session. */
export const SIGN_IN_COOKIE = 'spojnia_signin';

/**
 * Cookie flags: never readable by scripts, not sent on cross-site sub-requests, and Secure
 * whenever the request came over HTTPS (as seen by Fastify: X-Forwarded-Proto counts only
 * when TRUST_PROXY is set).
 */
function flags(request: FastifyRequest, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: Date): void {
  const seconds = Math.max(1, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  reply.setCookie(SESSION_COOKIE, token, flags(request, seconds));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, flags(request));
}

export function setSignInCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(SIGN_IN_COOKIE, token, flags(request, 60 * 60));
}
