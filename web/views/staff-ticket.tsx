import { freeIn } from '../../src/domain/allocation';
import { formatCode } from '../../src/domain/codes';
import { isoInZone } from '../../src/domain/local-date';
import { parseNotice } from '../../src/domain/notices';
import { ErrorSummary, Field, fieldAria, FieldError, type FieldErrors, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import type { DayPlan } from './staff';
import type { ShownTicket } from './ticket';
import { ticketNoticeText } from '../i18n/ticket-notice';
import { clock, longDate } from '../i18n/time-format';

/** One slip for staff: where it stands, move it, cancel or restore it, print it again. */
const ticketIds = { start: 'move-start', date: 'move-date' };

export function StaffTicketPage(props: { page: PageContext; found: ShownTicket; plan: DayPlan; done?: string | undefined; errors?: FieldErrors | undefined }) {
  const { page, found, plan, done } = props;
  const errors = props.errors ?? {};
  const { t } = page;
  const { ticket, site, distribution } = found;
  const zone = site.timezone;
  const code = formatCode(ticket.code);
  const notice = ticketNoticeText(t, parseNotice(ticket.notice), zone);
  const action = `/staff/tickets/${ticket.code}`;
  const movable = ticket.status === 'booked' || ticket.status === 'cancelled';
  return (
    <Layout page={page} title={t.staffTicket.title(code)}>
      <h1>{t.staffTicket.title(code)}</h1>
      <ErrorSummary t={t} errors={errors} ids={ticketIds} />
      {done ? (
        <p class="message ok" role="status">
          {done}
        </p>
      ) : null}
      <dl class="facts">
        <dt>{t.ticket.status}</dt>
        <dd>
          <span class={`status status-${ticket.status}`}>{t.status[ticket.status]}</span>
        </dd>
        <dt>{t.staff.slot}</dt>
        <dd>
          {clock(t, ticket.slotStart, zone)}–{clock(t, ticket.slotEnd, zone)}, {longDate(t, ticket.date, zone)}
        </dd>
        <dt>{t.ticket.place}</dt>
        <dd>
          {site.name} · {distribution.name}
        </dd>
        {ticket.note ? (
          <>
            <dt>{t.staffTicket.note}</dt>
            <dd>{ticket.note}</dd>
          </>
        ) : null}
      </dl>
      {notice ? <p class="message warn">{notice}</p> : null}
      <h2>{t.staffTicket.reprint}</h2>
      <div class="actions">
        <a class="button secondary" href={`/staff/print/a4?codes=${ticket.code}`}>
          {t.staff.layoutA4}
        </a>
        <a class="button secondary" href={`/staff/print/80?codes=${ticket.code}`}>
          {t.staff.layout80}
        </a>
        <a class="button secondary" href={`/staff/print/58?codes=${ticket.code}`}>
          {t.staff.layout58}
        </a>
      </div>
      {movable ? (
        <>
          <h2>{t.staffTicket.moveTitle}</h2>
          <form method="get" action={action}>
            <label for="move-date">{t.staff.date}</label>
            <input id="move-date" name="date" type="date" value={plan.date} required />
            <SubmitRow label={t.staff.choose} kind="secondary" />
          </form>
          {plan.slots.length === 0 || plan.closed ? (
            <p class="message warn">{plan.closed ? t.staff.closedDay(plan.closed.reason) : t.staff.notOpen}</p>
          ) : (
            <form method="post" action={`${action}/move`}>
              <label for="move-start">{t.staffTicket.moveTo}</label>
              <FieldError id="move-start" error={errors.start} />
              <select id="move-start" name="start" required {...fieldAria('move-start', errors.start)}>
                {plan.slots.map((s) => {
                  const free = freeIn(s);
                  return (
                    <option value={isoInZone(s.start, zone)} disabled={free === 0} selected={s.start === ticket.slotStart}>
                      {clock(t, s.start, zone)}–{clock(t, s.end, zone)} ({free === 0 ? t.staffTicket.full : t.staff.freeOf(free, s.capacity)})
                    </option>
                  );
                })}
              </select>
              <SubmitRow label={t.staffTicket.move} />
            </form>
          )}
        </>
      ) : null}
      {ticket.status === 'booked' ? (
        <>
          <h2>{t.staffTicket.cancelTitle}</h2>
          <form method="post" action={`${action}/status`}>
            <input type="hidden" name="status" value="cancelled" />
            <button type="submit" class="danger">
              {t.staffTicket.cancel}
            </button>
          </form>
        </>
      ) : null}
    </Layout>
  );
}

export function FindTicketPage({ page, typed, notFound }: { page: PageContext; typed?: string; notFound?: boolean }) {
  const { t } = page;
  const errors: FieldErrors = notFound ? { code: t.ticket.notFoundTitle } : {};
  return (
    <Layout page={page} title={t.staff.findTitle} narrow>
      <h1>{t.staff.findTitle}</h1>
      <form method="get" action="/staff/tickets">
        <ErrorSummary t={t} errors={errors} ids={{ code: 'find-code' }} />
        <Field id="find-code" name="code" class="code" label={t.staff.findCode} value={typed} error={errors.code} autocomplete="off" required maxlength={20} autofocus={!notFound} />
        <SubmitRow label={t.staff.find} />
      </form>
    </Layout>
  );
}
