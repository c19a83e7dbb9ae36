import { get } from 'node:http';
import Fastify from 'fastify';

/**
 * The baselines of the project-page throughput: Fastify with nothing else, answering a few
 * bytes (`/`), or answering exactly the bytes the portal sent for each project page
 * (`/same-bytes/N`, filled by POST /same-bytes with the pages' URLs). The second tells the
 * cost of the portal's own work apart from the cost of moving a 6 kB page to the client.
 */
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));

const pages: Buffer[] = [];
app.get<{ Params: { n: string } }>('/same-bytes/:n', (request, reply) => {
  const page = pages[Number(request.params.n)];
  if (page === undefined) return reply.status(404).send();
  return reply.type('text/html; charset=utf-8').header('content-encoding', 'gzip').send(page);
});
app.post<{ Body: { urls: string[] } }>('/same-bytes', async (request) => {
  pages.length = 0;
  for (const url of request.body.urls) pages.push(await gzippedBody(url));
  return { pages: pages.length };
});

/** The body as sent (gzipped), which fetch would decompress. */
function gzippedBody(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      if (response.headers['content-encoding'] !== 'gzip') reject(new Error(`${url} was not sent gzipped`));
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve(Buffer.concat(chunks)));
      response.on('error', reject);
    }).on('error', reject);
  });
}

const port = Number(process.env.PORT);
await app.listen({ port, host: '127.0.0.1' });
console.log(`hello-world listening on ${port}`);
