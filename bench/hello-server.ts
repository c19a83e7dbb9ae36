import Fastify from 'fastify';

/** The baseline of the project-page throughput: Fastify with one route and nothing else. */
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
const port = Number(process.env.PORT);
await app.listen({ port, host: '127.0.0.1' });
console.log(`hello-world listening on ${port}`);
