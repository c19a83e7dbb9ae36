const HTML_SPECIAL = /[&<>]/g;
const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes text for the descriptions' HTML. Names come from fixed lists today; escaping
 * keeps the markup sound if a list ever grows an ampersand. Called once per name, not
 * once per project.
 */
export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (character) => HTML_ENTITIES[character] ?? character);
}
