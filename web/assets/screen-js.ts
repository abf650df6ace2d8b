/**
 * The door screen's script (web/views/door-screen.tsx), served as a file (the CSP allows no inline
 * script). The screen works without it (a <noscript> meta refresh reloads it); with it:
 * - the words show one language at a time, the next every 10 s;
 * - the screen asks for itself again when the server says (`data-refresh`, aligned to the next
 *   slot) and swaps the content in place, so it never goes blank;
 * - when the server cannot be reached it keeps what it shows and says since when (in the site's
 *   zone, `data-zone`), asking again every 15 s.
 */
export const screenJs = `(() => {
  let root = document.querySelector('[data-screen]');
  if (!root) return;
  document.documentElement.classList.add('js');
  const langs = (root.getAttribute('data-langs') || 'nb').split(' ');
  const zone = root.getAttribute('data-zone') || undefined;
  let turn = 0;
  let last = root.innerHTML;
  let offlineSince = null;
  function showLanguage() {
    const lang = langs[turn % langs.length];
    root.querySelectorAll('.words').forEach((group) => {
      const spans = Array.from(group.children);
      // A notice written in Norwegian and English: the English one for readers of other languages.
      const shown = spans.find((s) => s.lang === lang) || spans.find((s) => s.lang === 'en') || spans[0];
      spans.forEach((s) => { s.hidden = s !== shown; });
    });
  }
  function showOffline() {
    const note = root.querySelector('[data-offline]');
    const since = root.querySelector('[data-since]');
    if (!note || !since) return;
    since.textContent = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }).format(offlineSince);
    note.hidden = false;
  }
  async function ask() {
    let seconds = 15;
    try {
      const response = await fetch(location.href, { cache: 'no-store', credentials: 'omit' });
      if (!response.ok) throw new Error(String(response.status));
      const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').querySelector('[data-screen]');
      if (!fresh) throw new Error('not the screen');
      offlineSince = null;
      if (fresh.innerHTML !== last) {
        last = fresh.innerHTML;
        root.innerHTML = fresh.innerHTML;
        root.className = fresh.className;
        showLanguage();
      } else {
        const note = root.querySelector('[data-offline]');
        if (note) note.hidden = true;
      }
      seconds = Number(fresh.getAttribute('data-refresh')) || 60;
    } catch {
      if (offlineSince === null) offlineSince = new Date();
      showOffline();
    }
    setTimeout(ask, seconds * 1000);
  }
  showLanguage();
  setInterval(() => { turn++; showLanguage(); }, 10000);
  setTimeout(ask, (Number(root.getAttribute('data-refresh')) || 60) * 1000);
})();
`;
