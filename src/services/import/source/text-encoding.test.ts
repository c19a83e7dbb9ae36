import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from './text-encoding.js';

const polish = 'Tytuł projektu;Nazwa beneficjenta\nBudowa drogi w Łodzi;Gmina Łódź\nŚcieżki rowerowe;Zarząd Dróg\n';

describe('telling how a text file is encoded', () => {
  it('follows a byte-order mark', () => {
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(polish)]))).toMatchObject({
      name: 'utf-8',
      bomLength: 3,
    });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(polish, 'utf-16le')])).name).toBe(
      'utf-16le',
    );
  });

  it('tells UTF-8, windows-1250 and ISO 8859-2 apart by how the Polish letters read', () => {
    expect(detectEncoding(Buffer.from(polish)).name).toBe('utf-8');
    expect(detectEncoding(iconv.encode(polish, 'windows-1250')).name).toBe('windows-1250');
    expect(detectEncoding(iconv.encode(polish, 'iso-8859-2')).name).toBe('iso-8859-2');
    expect(detectEncoding(iconv.encode(polish, 'utf-16le')).name).toBe('utf-16le');
  });

  it('uses the encoding a mapping file names, but refuses UTF-8 that is not', () => {
    expect(detectEncoding(iconv.encode(polish, 'windows-1250'), 'windows-1250')).toMatchObject({
      name: 'windows-1250',
      how: 'mapping file',
    });
    expect(() => detectEncoding(iconv.encode(polish, 'windows-1250'), 'utf-8')).toThrow(/is not valid UTF-8/);
  });
});
