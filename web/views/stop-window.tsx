import { formatCode } from '../../src/domain/codes';
import { stopWindow, type RoundTiming, type StopStatus } from '../../src/domain/rounds';
import { SiteNoticeList, type SiteNotice } from './home';
import { Layout, type ClientPageContext } from './layout';
import { clock, longDate } from '../i18n/time-format';

/** A delivery stop as its client may see it: never its label or what is brought. */
type ShownStop = {
  stop: { code: string; status: StopStatus };
  round: RoundTiming;
  site: { name: string; timezone: string };
  /** 0-based place in the driving order. */
  index: number;
};

/** The window a delivery comes in, from arm's length, with any delay; like the ticket page. */
export function StopWindowPage({ page, found, notices }: { page: ClientPageContext; found: ShownStop; notices: SiteNotice[] }) {
  const { t } = page;
  const { stop, round, site, index } = found;
  const zone = site.timezone;
  const window = stopWindow(round, zone, index, stop.status);
  const start = clock(t, window.start, zone);
  const end = clock(t, window.end, zone);
  const late = stop.status === 'planned' && round.delayMinutes > 0;
  return (
    <Layout page={page} title={t.delivery.title} narrow bare>
      <article class="ticket">
        <h1 class="label">{t.delivery.title}</h1>
        <p class="time">
          <bdi dir="ltr" data-testid="time">
            {start}
          </bdi>
        </p>
        <p class="between">{t.delivery.comeBetween(start, end)}</p>
        <p>
          <span class={`status status-stop-${stop.status}`}>{t.delivery.status[stop.status]}</span>
        </p>
        {late ? (
          <p class="message warn" role="status">
            {t.delivery.late(round.delayMinutes)}
          </p>
        ) : null}
        <dl>
          <dt>{t.ticket.date}</dt>
          <dd>{longDate(t, round.date, zone)}</dd>
          <dt>{t.ticket.what}</dt>
          <dd>
            <bdi>{site.name}</bdi>
          </dd>
          <dt>{t.ticket.code}</dt>
          <dd class="code-text">
            <bdi dir="ltr" data-testid="code">
              {formatCode(stop.code)}
            </bdi>
          </dd>
        </dl>
        {stop.status === 'planned' ? <p>{t.delivery.beHome}</p> : null}
      </article>
      <SiteNoticeList page={page} notices={notices} />
    </Layout>
  );
}
