import type { TicketNotice } from '../../src/domain/notices';
import type { ClientCatalogue } from './catalogue';
import { clock, longDate } from './time-format';

/** Why a ticket was moved or cancelled, in the reader's language and the site's zone. */
export function ticketNoticeText(t: ClientCatalogue, notice: TicketNotice | null, zone: string): string | null {
  if (!notice) return null;
  switch (notice.kind) {
    case 'moved':
      return t.notice.moved(`${longDate(t, notice.previousStart, zone, 'medium')} ${clock(t, notice.previousStart, zone)}`);
    case 'cancelled_capacity':
      return t.notice.cancelledCapacity;
    case 'closed':
      return t.notice.closed(notice.reason);
    case 'cancelled':
      return notice.reason ? t.notice.cancelledBecause(notice.reason) : t.notice.cancelled;
  }
}
