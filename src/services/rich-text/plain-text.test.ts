import { describe, expect, it } from 'vitest';
import { richTextFromPlain } from './plain-text.js';
import { sanitizeRichText } from './sanitize.js';

describe('richTextFromPlain', () => {
  it('turns paragraphs and dash or numbered lines into the rich-text subset, escaping the text', () => {
    expect(richTextFromPlain('Cele:\n- a < b\n- c\n\n1. raz\n2. dwa\nKoniec\nlinia')).toBe(
      '<p>Cele:</p><ul><li>a &lt; b</li><li>c</li></ul><ol><li>raz</li><li>dwa</li></ol><p>Koniec<br>linia</p>',
    );
  });

  it('leaves HTML as it is, for the sanitiser to clean', () => {
    const html = '<p onclick="x()">Hej</p>';
    expect(richTextFromPlain(html)).toBe(html);
    expect(sanitizeRichText(richTextFromPlain(html))).toBe('<p>Hej</p>');
  });
});
