import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { acceptsGzip, type CachedPage } from './page-cache.js';

/** A whole HTML document from a view; preact-render-to-string escapes every text and attribute. */
export function renderDocument<P>(view: VNode<P>): string {
  return `<!doctype html>${renderToString(view)}`;
}

/** Sends a view as an HTML page. */
export function renderPage<P>(reply: FastifyReply, view: VNode<P>, status = 200): FastifyReply {
  return sendHtml(reply, renderDocument(view), status);
}

/** Sends an HTML document already rendered (e.g. from a cache of pages, as UTF-8 bytes). */
export function sendHtml(reply: FastifyReply, html: string | Buffer, status = 200): FastifyReply {
  return reply.status(status).type('text/html; charset=utf-8').send(html);
}

/** Sends a cached page, gzipped when the browser accepts it (compressed once, when it was cached). */
export function sendCachedPage(request: FastifyRequest, reply: FastifyReply, page: CachedPage): FastifyReply {
  addVary(reply, 'accept-encoding');
  if (!acceptsGzip(request.headers['accept-encoding'])) return sendHtml(reply, page.plain);
  return sendHtml(reply.header('content-encoding', 'gzip'), page.gzip);
}

/** Adds a request header to `Vary` without dropping the ones already named (e.g. `Host`). */
export function addVary(reply: FastifyReply, header: string): void {
  const current = reply.getHeader('vary');
  const named = typeof current === 'string' ? current.split(',').map((item) => item.trim()) : [];
  if (!named.some((item) => item.toLowerCase() === header.toLowerCase())) named.push(header);
  reply.header('vary', named.filter((item) => item !== '').join(', '));
}
