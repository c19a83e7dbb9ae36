import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from './sanitize.js';

describe('sanitizeRichText', () => {
  it('keeps the allowed structure: paragraphs, emphasis, lists, small headings, quotes', () => {
    const html =
      '<h3>Cele</h3><p>Tekst <strong>ważny</strong> i <em>wyróżniony</em>,<br>dalej.</p>' +
      '<ol><li>pierwszy</li><li>drugi</li></ol><ul><li>punkt</li></ul><h4>Uwagi</h4><blockquote>cytat</blockquote>';
    expect(sanitizeRichText(html)).toBe(html.replace('<br>', '<br />'));
  });

  it('removes scripts with their content, styles and event handlers', () => {
    const html =
      '<p onclick="steal()" style="color:red" class="x">Tekst<script>alert(1)</script></p><style>p{}</style>';
    expect(sanitizeRichText(html)).toBe('<p>Tekst</p>');
  });

  it('drops elements outside the list but keeps their text', () => {
    expect(sanitizeRichText('<div><span>Ala</span> <h1>ma</h1> <img src="x.png" onerror="x()">kota</div>')).toBe(
      'Ala ma kota',
    );
    expect(sanitizeRichText('<iframe src="https://example.com"></iframe><p>po</p>')).toBe('<p>po</p>');
  });

  it('keeps http, https and mailto links and marks them rel="noopener nofollow"', () => {
    expect(sanitizeRichText('<a href="https://example.com/a?b=1&amp;c=2" target="_blank" rel="opener">link</a>')).toBe(
      '<a href="https://example.com/a?b=1&amp;c=2" rel="noopener nofollow">link</a>',
    );
    expect(sanitizeRichText('<a href="mailto:biuro@example.pl">napisz</a>')).toBe(
      '<a href="mailto:biuro@example.pl" rel="noopener nofollow">napisz</a>',
    );
  });

  it('never lets javascript: or other schemes through, however they are written', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java&#115;cript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      '//evil.example.com',
    ]) {
      const clean = sanitizeRichText(`<p><a href="${href}">kliknij</a></p>`);
      expect(clean).toBe('<p>kliknij</p>');
    }
  });

  it('keeps the markup after a dropped link well formed', () => {
    expect(sanitizeRichText('<p>a <a href="javascript:x()">b</a> c</p><ul><li>d</li></ul><ol><li>e</li></ol>')).toBe(
      '<p>a b c</p><ul><li>d</li></ul><ol><li>e</li></ol>',
    );
    expect(sanitizeRichText('<a>bez adresu</a><ul><li>f</li></ul>')).toBe('bez adresu<ul><li>f</li></ul>');
  });

  it('escapes stray markup characters in text', () => {
    expect(sanitizeRichText('<p>1 < 2 & "cudzysłów"</p>')).toBe('<p>1 &lt; 2 &amp; "cudzysłów"</p>');
  });

  it('leaves plain text and the empty string alone', () => {
    expect(sanitizeRichText('')).toBe('');
    expect(sanitizeRichText('Zwykły tekst')).toBe('Zwykły tekst');
  });
});
