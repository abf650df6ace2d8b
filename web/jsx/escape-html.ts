const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** The five characters that matter in HTML text and quoted attributes, with hono/jsx's entities. */
export function escapeHtml(text: string): string {
  // Most text has none of them: it is returned as it is.
  return special.test(text) ? text.replace(specials, (ch) => entities[ch]!) : text;
}
const special = /[&<>'"]/;
const specials = /[&<>'"]/g;
