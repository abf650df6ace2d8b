import { raw } from 'hono/html';
import type { TicketStatus } from '../../src/domain/vocabulary';
import type { Catalogue } from '../i18n/catalogue';
import { escapeHtml } from '../jsx/escape-html';

export type Slip = { code: string; status: TicketStatus; note: string | null };

/**
 * The slips of one slot as an HTML string: a day can hold 2,000 slips, too many to build as
 * JSX elements one by one on every refresh of the list.
 *
 * One form a slip carries the code (the status post goes back to the ticket's own day, which is
 * this list's); each action is a submit button with
 * `name="status"`, so without script the browser posts the clicked button's value (the script
 * adds the submitter to its background post). A booked slip offers picked up and no-show, a
 * picked-up or no-show slip an undo, a cancelled slip nothing. The tick box on paper is drawn by
 * the print stylesheet (`.pick li[data-status]::before`), not by an element a slip.
 */
export function slipsHtml(t: Catalogue, slips: Slip[]) {
  const v = t.volunteer;
  const pickedUp = escapeHtml(v.pickedUp);
  const noShow = escapeHtml(v.noShow);
  const undo = escapeHtml(v.undo);
  let html = '';
  for (const x of slips) {
    const code = escapeHtml(x.code);
    const status = escapeHtml(x.status);
    html += `<li data-status="${status}" data-code="${code}"><span class="who"><span class="code-text">${code}</span> `;
    // Waiting is the normal state; only what changed gets a label.
    if (x.status !== 'booked') html += `<span class="status status-${status}">${escapeHtml(t.status[x.status])}</span>`;
    html += '</span>';
    if (x.note) html += `<span class="note">${escapeHtml(x.note)}</span>`;
    if (x.status !== 'cancelled') {
      html += `<form class="buttons no-print" method="post" action="/volunteer/status" data-inline="true" id="f-${code}"><input type="hidden" name="code" value="${code}"/>`;
      if (x.status === 'booked') {
        html += `<button name="status" value="picked_up" aria-label="${escapeHtml(v.markPickedUp(x.code))}">${pickedUp}</button>`;
        html += `<button name="status" value="no_show" class="secondary" aria-label="${escapeHtml(v.markNoShow(x.code))}">${noShow}</button>`;
      } else {
        html += `<button name="status" value="booked" class="secondary" aria-label="${escapeHtml(v.markUndo(x.code))}">${undo}</button>`;
      }
      html += '</form>';
    }
    html += '</li>';
  }
  return raw(html);
}
