import type { IssuedTicket } from '../db/issue-tickets';
import type { TicketWithPlace } from '../db/tickets';
import { formatCode } from '../domain/codes';
import { isoInZone } from '../domain/local-date';
import { parseNotice } from '../domain/notices';
import type { TicketSummary, TicketView } from '../schemas/core-responses';
import { catalogues, type Lang } from '../../web/i18n/catalogue';
import { ticketNoticeText } from '../../web/i18n/ticket-notice';

/** What an issued ticket looks like in a reply: the code as printed and the slot in the site's zone. */
export function ticketSummary(t: IssuedTicket, zone: string): TicketSummary {
  return { code: formatCode(t.code), start: isoInZone(t.slotStart, zone), end: isoInZone(t.slotEnd, zone), status: t.status };
}

/** A ticket as its holder reads it: where and when, and any notice in the reader's language. Never the note. */
export function ticketView(found: TicketWithPlace, lang: Lang): TicketView {
  const { ticket, site, distribution } = found;
  return {
    ...ticketSummary(ticket, site.timezone),
    date: ticket.date,
    site: { slug: site.slug, name: site.name, address: site.address },
    distribution: { slug: distribution.slug, name: distribution.name },
    notice: ticketNoticeText(catalogues[lang], parseNotice(ticket.notice), site.timezone),
  };
}
