/** A notice in the reader's language, Norwegian when there is no English. */
export function noticeTextFor(n: { text: { nb: string; en: string | null } }, lang: 'nb' | 'en') {
  return lang === 'en' && n.text.en ? n.text.en : n.text.nb;
}
