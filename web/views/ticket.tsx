import { formatCode } from '../../src/domain/codes';
import { parseNotice } from '../../src/domain/notices';
import type { TicketStatus } from '../../src/domain/vocabulary';
import { SiteNoticeList, type SiteNotice } from './home';
import { Layout, type ClientPageContext } from './layout';
import { ticketNoticeText } from '../i18n/ticket-notice';
import { clock, longDate } from '../i18n/time-format';

/** A ticket with where and what it is for, as the ticket page, the staff's page and the print sheet show it. */
export type ShownTicket = {
  ticket: { code: string; status: TicketStatus; date: string; slotStart: number; slotEnd: number; note: string | null; notice: string | null };
  site: { name: string; address: string; timezone: string };
  distribution: { name: string };
};

/** The client's ticket: the time from arm's length, then the day, the place and anything changed. */
export function TicketPage({ page, found, notices }: { page: ClientPageContext; found: ShownTicket; notices: SiteNotice[] }) {
  const { t } = page;
  const { ticket, site, distribution } = found;
  const zone = site.timezone;
  const start = clock(t, ticket.slotStart, zone);
  const end = clock(t, ticket.slotEnd, zone);
  const notice = ticketNoticeText(t, parseNotice(ticket.notice), zone);
  const cancelled = ticket.status === 'cancelled';
  return (
    <Layout page={page} title={t.ticket.title} narrow bare noindex>
      <article class={`ticket${cancelled ? ' is-cancelled' : ''}`}>
        <h1 class="label">{t.ticket.title}</h1>
        <p class="time">
          <bdi dir="ltr" data-testid="time">
            {start}
          </bdi>
        </p>
        <p class="between">{t.ticket.comeBetween(start, end)}</p>
        <p>
          <span class={`status status-${ticket.status}`}>{t.status[ticket.status]}</span>
        </p>
        {notice ? (
          <p class={`message ${cancelled ? 'bad' : 'warn'}`} role="status">
            {notice}
          </p>
        ) : null}
        <dl>
          <dt>{t.ticket.date}</dt>
          <dd>{longDate(t, ticket.date, zone)}</dd>
          <dt>{t.ticket.place}</dt>
          <dd>
            {site.name}
            {site.address ? (
              <>
                <br />
                {site.address}
              </>
            ) : null}
          </dd>
          <dt>{t.ticket.what}</dt>
          <dd>
            <bdi>{distribution.name}</bdi>
          </dd>
          <dt>{t.ticket.code}</dt>
          <dd class="code-text">
            <bdi dir="ltr" data-testid="code">
              {formatCode(ticket.code)}
            </bdi>
          </dd>
        </dl>
        {cancelled ? null : <p>{t.ticket.showSlip}</p>}
      </article>
      <SiteNoticeList page={page} notices={notices} />
    </Layout>
  );
}
