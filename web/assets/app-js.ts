/**
 * The few lines of script the pages use, served as a file (the CSP allows no inline script). Each
 * only improves a page that already works without it:
 * - `[data-print]` buttons open the print dialog;
 * - in a `[data-live]` region, forms marked `data-inline` post in the background and the region is
 *   swapped for the fresh page's, and the region refreshes itself every `data-live` seconds
 *   (without script a `<noscript>` meta refresh does the same by reloading).
 */
export const appJs = `(() => {
  document.documentElement.classList.add('js');
  document.addEventListener('click', (e) => {
    const b = e.target instanceof Element && e.target.closest('[data-print]');
    if (b) { e.preventDefault(); window.print(); }
  });
  const live = document.querySelector('[data-live]');
  if (!live) return;
  let busy = false;
  async function swap(response) {
    if (!response.ok) { location.reload(); return; }
    const html = await response.text();
    const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-live]');
    if (!fresh) return;
    const focused = document.activeElement && document.activeElement.closest('form[id]');
    live.innerHTML = fresh.innerHTML;
    if (focused) { const again = document.getElementById(focused.id); const b = again && again.querySelector('button'); if (b) b.focus(); }
  }
  live.addEventListener('submit', async (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-inline')) return;
    e.preventDefault();
    busy = true;
    form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      await swap(await fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin' }));
    } catch { form.submit(); } finally { busy = false; }
  });
  const seconds = Number(live.getAttribute('data-live')) || 30;
  setInterval(async () => {
    if (busy || document.hidden) return;
    try { await swap(await fetch(location.href, { credentials: 'same-origin' })); } catch {}
  }, seconds * 1000);
})();
`;
