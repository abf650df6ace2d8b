const special = /[&<>'"]/;
const specials = /[&<>'"]/g;
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** The five characters that matter in HTML text and quoted attributes, with hono/jsx's entities. */
export function escapeHtml(text: string): string {
  return special.test(text) ? text.replace(specials, (ch) => entities[ch]!) : text;
}
