/**
 * The few lines of script the pages use, served as a file (the CSP allows no inline script). Each
 * only improves a page that already works without it:
 * - `[data-print]` buttons open the print dialog;
 * - in a `[data-live]` region, forms marked `data-inline` post in the background (with the name and
 *   value of the button pressed, as the browser would) and the region is swapped for the fresh
 *   page's, focus back on the same button or, when it is gone, its form's first; the region
 *   refreshes itself every `data-live` seconds
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
  // Where focus was: a form's id and the value of its button (the tapped one after a post).
  function focusedButton() {
    const el = document.activeElement;
    const form = el && el.closest('form[id]');
    return form ? { id: form.id, value: el instanceof HTMLButtonElement ? el.value : '' } : null;
  }
  async function swap(response, keep) {
    // A refused tap comes back as the list with the reason in it (409): shown like any other.
    const html = await response.text();
    const fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-live]');
    if (!fresh) { if (!response.ok) location.reload(); return; }
    if (keep === undefined) keep = focusedButton();
    live.innerHTML = fresh.innerHTML;
    if (!keep) return;
    // The same button again when it is still there, else the form's first (a tap on "picked up"
    // leaves its "undo"); a slip that left the list takes focus nowhere.
    const again = document.getElementById(keep.id);
    if (!again) return;
    const buttons = Array.from(again.querySelectorAll('button'));
    const b = buttons.find((x) => x.value === keep.value) || buttons[0];
    if (b) b.focus();
  }
  // Without the background post, a plain one: form.submit() sends no submitter, so the tapped
  // button's name=value goes in as a hidden field.
  function fallback(form, submitter) {
    if (submitter && submitter.name) {
      const field = document.createElement('input');
      field.type = 'hidden';
      field.name = submitter.name;
      field.value = submitter.value;
      form.appendChild(field);
    }
    form.submit();
  }
  live.addEventListener('submit', async (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute('data-inline')) return;
    e.preventDefault();
    // The tapped button's name=value travels as it would without script (one form, a button an action).
    const data = new URLSearchParams(new FormData(form));
    if (e.submitter && e.submitter.name) data.append(e.submitter.name, e.submitter.value);
    const keep = form.id ? { id: form.id, value: e.submitter ? e.submitter.value : '' } : null;
    busy = true;
    form.querySelectorAll('button').forEach((b) => { b.disabled = true; });
    try {
      await swap(await fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin' }), keep);
    } catch { fallback(form, e.submitter); } finally { busy = false; }
  });
  const seconds = Number(live.getAttribute('data-live')) || 30;
  setInterval(async () => {
    if (busy || document.hidden) return;
    try { await swap(await fetch(location.href, { credentials: 'same-origin' })); } catch {}
  }, seconds * 1000);
})();
`;
