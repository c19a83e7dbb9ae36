import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { pl } from './pl.js';

/** Spaces of any kind as plain ones, so the expectations stay readable. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('plural forms', () => {
  it.each([
    [0, '0 projektów'],
    [1, '1 projekt'],
    [2, '2 projekty'],
    [4, '4 projekty'],
    [5, '5 projektów'],
    [12, '12 projektów'],
    [22, '22 projekty'],
    [25, '25 projektów'],
    [1002, '1 002 projekty'],
  ])('Polish: %i → %s', (count, expected) => {
    expect(plain(pl.common.projectsCount(count))).toBe(expected);
  });

  it.each([
    [0, '0 projects'],
    [1, '1 project'],
    [2, '2 projects'],
    [1002, '1,002 projects'],
  ])('English: %i → %s', (count, expected) => {
    expect(plain(en.common.projectsCount(count))).toBe(expected);
  });

  it('months of a phase too', () => {
    expect(plain(pl.project.duration(1))).toBe('czas trwania: 1 miesiąc');
    expect(plain(pl.project.duration(24))).toBe('czas trwania: 24 miesiące');
    expect(plain(pl.project.duration(6))).toBe('czas trwania: 6 miesięcy');
    expect(plain(en.project.duration(1))).toBe('duration: 1 month');
    expect(plain(en.project.duration(6))).toBe('duration: 6 months');
  });
});
