/**
 * Intercom notes render a small HTML subset. Everything else is reduced to what renders:
 * allowed tags lose their attributes (links keep a safe href), headings below h2 become bold
 * paragraphs, block containers become line breaks, unknown tags vanish (their text stays).
 */
const KEPT = new Set(['p', 'br', 'b', 'strong', 'i', 'em', 'a', 'ul', 'ol', 'li', 'code', 'pre', 'h1', 'h2']);
const MINOR_HEADINGS = new Set(['h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set(['div', 'blockquote', 'section', 'article', 'header', 'footer', 'table', 'thead', 'tbody', 'tr', 'hr']);
const CELLS = new Set(['td', 'th']);

function safeHref(attributes: string): string | null {
  const match = /\bhref\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attributes);
  const href = match?.[2] ?? match?.[3];
  return href && /^(https?:|mailto:)/i.test(href.trim()) ? href.trim().replace(/"/g, '&quot;') : null;
}

function rewriteTag(closing: boolean, name: string, attributes: string): string {
  if (KEPT.has(name)) {
    if (name === 'br') return '<br>';
    if (name === 'a' && !closing) {
      const href = safeHref(attributes);
      return href ? `<a href="${href}">` : '<a>';
    }
    return closing ? `</${name}>` : `<${name}>`;
  }
  if (MINOR_HEADINGS.has(name)) return closing ? '</b></p>' : '<p><b>';
  if (BLOCKS.has(name)) return closing || name === 'hr' ? '<br>' : '';
  if (CELLS.has(name)) return closing ? ' ' : '';
  return '';
}

export function toIntercomNoteHtml(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>/g, (_match, slash: string, name: string, attributes: string) => rewriteTag(slash === '/', name.toLowerCase(), attributes))
    .replace(/(<br>\s*){3,}/g, '<br><br>')
    .replace(/(\s|<br>)+$/, '');
}
