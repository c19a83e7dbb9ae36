import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, PageCache } from './page-cache.js';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
    ['*', true],
    ['GZIP', true],
    ['gzip;q=0', false],
    ['br, *;q=0', false],
    ['identity', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('PageCache', () => {
  it('keeps a page with its gzipped bytes until the registry changes', () => {
    const cache = new PageCache(1024 * 1024);
    const html = `<!doctype html><p>${'Żłobek w Łodzi. '.repeat(200)}</p>`;
    const page = cache.set('/projekty/a', 1, html);
    expect(gunzipSync(page.gzip).toString('utf8')).toBe(html);
    expect(page.gzip.length).toBeLessThan(page.plain.length / 5);
    expect(cache.get('/projekty/a', 1)?.plain.toString('utf8')).toBe(html);
    expect(cache.get('/projekty/a', 2)).toBeUndefined();
    expect(cache.get('/projekty/a', 2)).toBeUndefined();
  });

  it('forgets the least recently used pages beyond its size', () => {
    const cache = new PageCache(64 * 1024);
    const page = (seed: number) => Array.from({ length: 400 }, (_, index) => (index * seed) % 997).join(' ');
    for (let index = 0; index < 40; index += 1) cache.set(`/p/${index}`, 1, page(index + 1));
    expect(cache.get('/p/0', 1)).toBeUndefined();
    expect(cache.get('/p/39', 1)).toBeDefined();
  });
});
