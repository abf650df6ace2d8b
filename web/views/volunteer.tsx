import { DateTime } from 'luxon';
import type { PickupList } from '../../src/schemas/core-responses';
import type { TicketStatus } from '../../src/domain/vocabulary';
import { Layout, type PageContext } from './layout';
import { SitePicker, type Choice } from './site-picker';
import { clock, longDate } from '../i18n/time-format';
import { enDash } from './en-dash';
import { slipsHtml } from './volunteer-slips';


type Props = {
  page: PageContext;
  sites: Choice[];
  site: Choice & { timezone: string };
  list: PickupList;
  nowMs: number;
  /** Why the last tap changed nothing (the slip was cancelled meanwhile, say), shown above the list. */
  refused?: string;
};

/**
 * The day's pickup list: each slot in time order with its slips, one tap per slip. Plain form
 * posts; the script only saves the reload. On paper the buttons give way to tick boxes.
 */
export function VolunteerPage({ page, sites, site, list, nowMs, refused }: Props) {
  const { t } = page;
  const zone = site.timezone;
  const statuses: TicketStatus[] = ['booked', 'picked_up', 'no_show', 'cancelled'];
  const empty = list.distributions.every((d) => d.slots.every((s) => s.tickets.length === 0));
  return (
    <Layout page={page} title={t.volunteer.title} refreshSeconds={60}>
      <h1>{t.volunteer.title}</h1>
      <p class="lead">
        <strong>{site.name}</strong> · {longDate(t, list.date, zone)}
      </p>
      {/* Folded so the list itself is on a phone's first screen; opens without script. */}
      <details class="no-print">
        <summary>{t.volunteer.change}</summary>
        <SitePicker t={t} action="/volunteer" sites={sites} site={site.slug} date={list.date} />
        <button type="button" class="secondary js-only" data-print>
          {t.volunteer.print}
        </button>
      </details>
      <div data-live="30">
        {refused ? (
          <p class="message bad" role="alert">
            {refused}
          </p>
        ) : null}
        <h2 class="visually-plain">{t.volunteer.dayTotals}</h2>
        <ul class="totals" data-testid="totals">
          {statuses.map((s) => (
            <li>
              {t.status[s]}: <strong>{list.totals[s]}</strong>
            </li>
          ))}
        </ul>
        {empty ? <p class="message">{t.volunteer.empty}</p> : null}
        {list.distributions.map((d) => (
          <section aria-label={d.name}>
            {list.distributions.length > 1 ? <h2>{d.name}</h2> : null}
            {d.closed ? <p class="message bad">{t.staff.closedDay(d.closed.reason)}</p> : null}
            {d.slots
              .filter((s) => s.tickets.length > 0)
              .map((s) => {
                // Date.parse reads the offset in the ISO text.
                const start = Date.parse(s.start);
                const end = Date.parse(s.end);
                const from = clock(t, start, zone);
                const current = start <= nowMs && nowMs < end;
                const live = s.tickets.filter((x) => x.status !== 'cancelled');
                const picked = live.filter((x) => x.status === 'picked_up').length;
                return (
                  <section class={`slot${current ? ' current' : ''}`} id={`slot-${d.slug}-${from.replace(':', '')}`} aria-current={current ? 'time' : undefined}>
                    <h3 class="slot-head">
                      <span>
                        {from}
                        {enDash}
                        {clock(t, end, zone)}
                      </span>
                      {current ? <span class="now-tag">{t.volunteer.now}</span> : null}
                      <span class="count">{t.volunteer.slotCounts(picked, live.length)}</span>
                    </h3>
                    <ul class="pick">{slipsHtml(t, s.tickets)}</ul>
                  </section>
                );
              })}
          </section>
        ))}
        <p class="refreshed muted">{t.volunteer.refreshed(DateTime.fromMillis(nowMs, { zone }).toFormat('HH:mm:ss'))}</p>
      </div>
    </Layout>
  );
}
