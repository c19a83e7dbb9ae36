import type { FastifyInstance, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The portal's public origin for absolute links (`https://projekty.example.gov.pl`):
     * PUBLIC_URL when set, otherwise derived from this request; never a trailing slash.
     */
    publicOrigin: string;
  }
}

/** Used when a request names no usable host at all (HTTP/1.0, or a Host header that is no host name). */
export const FALLBACK_ORIGIN = 'http://localhost';

/**
 * A host name, an IPv4 address or a bracketed IPv6 address, with an optional port. Anything
 * else — spaces, slashes, `@`, quotes, a second host — is refused, so a forged Host header
 * can never smuggle a path, credentials or markup into the links we print.
 */
const PLAIN_HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

/**
 * The origin absolute links are built on. With PUBLIC_URL configured the request is not
 * consulted at all. Without it, the scheme and host come from the request (through
 * X-Forwarded-Proto/-Host only when TRUST_PROXY says a proxy sets them) and the host must look
 * like a host name, else FALLBACK_ORIGIN is used.
 * @example derivePublicOrigin({ protocol: 'http', host: 'localhost:3000' }) // 'http://localhost:3000'
 */
export function derivePublicOrigin(request: Pick<FastifyRequest, 'protocol' | 'host'>): string {
  const host = (request.host ?? '').trim().toLowerCase();
  if (!PLAIN_HOST.test(host)) return FALLBACK_ORIGIN;
  const scheme = request.protocol === 'https' ? 'https' : 'http';
  // A trailing dot and the scheme's default port name the same place; leave them out.
  const defaultPort = scheme === 'https' ? ':443' : ':80';
  const plain = host.replace(/\.(?=:\d+$|$)/, '');
  return `${scheme}://${plain.endsWith(defaultPort) ? plain.slice(0, -defaultPort.length) : plain}`;
}

/**
 * Gives every request its `publicOrigin`. Answers whose links were derived from the Host
 * header say `Vary: Host`, so a shared cache never serves one host's links to another.
 */
export function registerPublicOrigin(app: FastifyInstance, publicUrl: string | null): void {
  app.decorateRequest('publicOrigin', FALLBACK_ORIGIN);
  app.addHook('onRequest', async (request, reply) => {
    if (publicUrl !== null) {
      request.publicOrigin = publicUrl;
      return;
    }
    request.publicOrigin = derivePublicOrigin(request);
    reply.header('vary', 'Host');
  });
}
