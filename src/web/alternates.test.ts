import { describe, expect, it } from 'vitest';
import { alternatesOf, localeOfUrl, translateUrl } from './alternates.js';

describe('localeOfUrl', () => {
  it.each([
    ['/', 'pl'],
    ['/projekty/urb-inclusion', 'pl'],
    ['/en', 'en'],
    ['/en/', 'en'],
    ['/en/projects?status=completed', 'en'],
    ['/en?x=1', 'en'],
    ['/english', 'pl'],
    ['/enigma/x', 'pl'],
  ])('%s is %s', (url, locale) => {
    expect(localeOfUrl(url)).toBe(locale);
  });
});

describe('translateUrl', () => {
  it.each([
    ['/', 'en', '/en/'],
    ['/en', 'pl', '/'],
    ['/en/', 'pl', '/'],
    ['/projekty', 'en', '/en/projects'],
    ['/projekty/', 'en', '/en/projects'],
    ['/projekty?program=urbact-iii&strona=2', 'en', '/en/projects?program=urbact-iii&strona=2'],
    ['/projekty/hajnowka-odnowa', 'en', '/en/projects/hajnowka-odnowa'],
    ['/en/projects/hajnowka-odnowa', 'pl', '/projekty/hajnowka-odnowa'],
    ['/organizacje/owop-bialystok', 'en', '/en/organisations/owop-bialystok'],
    ['/programy', 'en', '/en/programmes'],
    ['/en/programmes/power-2014-2020?strona=3', 'pl', '/programy/power-2014-2020?strona=3'],
    ['/o-portalu', 'en', '/en/about'],
    ['/en/about', 'pl', '/o-portalu'],
    ['/projekty/zielona%20wyspa', 'en', '/en/projects/zielona%20wyspa'],
  ] as const)('%s in %s is %s', (url, locale, expected) => {
    expect(translateUrl(url, locale)).toBe(expected);
  });

  it('leads an address that is no page to the home page of the other language', () => {
    expect(translateUrl('/nie-ma/takiej/strony', 'en')).toBe('/en/');
    expect(translateUrl('/en/no/such/page', 'pl')).toBe('/');
  });

  it('never leads off the site, whatever the address holds', () => {
    for (const url of [
      '//evil.example/projekty',
      '/projekty//evil.example',
      '/en//evil.example',
      'https://evil.example/',
    ]) {
      for (const locale of ['pl', 'en'] as const) expect(translateUrl(url, locale)).toMatch(/^\/(?!\/)/);
    }
  });

  it('gives every language of a page at once', () => {
    expect(alternatesOf('/programy/urbact-iii')).toEqual({
      pl: '/programy/urbact-iii',
      en: '/en/programmes/urbact-iii',
    });
  });
});
