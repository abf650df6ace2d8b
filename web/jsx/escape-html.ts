const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** The five characters that matter in HTML text and quoted attributes, with hono/jsx's entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>'"]/g, (ch) => entities[ch]!);
}
