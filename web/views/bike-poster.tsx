import { raw } from 'hono/html';
import { offerList, stopTime, type ScheduledStop } from './bike';
import { Layout, type ClientPageContext } from './layout';
import { qrSvg } from './qr-svg';
import { longDate } from '../i18n/time-format';

/**
 * One A4 sheet for the drop-in centre's wall: the week's stops by day in large type, cancelled
 * ones struck through with the reason, and a QR code to /bike for changes made after printing.
 */
export function BikePoster({ page, from, to, stops, url }: { page: ClientPageContext; from: string; to: string; stops: ScheduledStop[]; url: string }) {
  const { t } = page;
  const b = t.outreach.bike;
  const zone = stops[0]?.timezone ?? 'Europe/Oslo';
  const days = [...new Set(stops.map((o) => o.date))];
  return (
    <Layout page={page} title={b.posterTitle} bodyClass="print-page poster-page" bare script>
      <div class="sheet-tools no-print">
        <div class="actions">
          <button type="button" data-print class="js-only">
            {b.printNow}
          </button>
          <a href="/bike">{t.print.back}</a>
        </div>
      </div>
      <article class="poster">
        <header class="poster-head">
          <div>
            <h1>{b.posterTitle}</h1>
            <p class="poster-week">{b.posterWeek(longDate(t, from, zone, 'medium'), longDate(t, to, zone, 'medium'))}</p>
            <p>
              {b.posterFooter}{' '}
              <bdi class="p-url" dir="ltr">
                {url}
              </bdi>
            </p>
          </div>
          <div class="p-qr">{raw(qrSvg(url, url))}</div>
        </header>
        {days.length === 0 ? <p>{b.noneWeek}</p> : null}
        {days.map((day) => (
          <section class="poster-day">
            <h2>{longDate(t, day, zone)}</h2>
            <table>
              <tbody>
                {stops
                  .filter((o) => o.date === day)
                  .map((o) => (
                    <tr class={o.cancelled ? 'is-cancelled' : undefined}>
                      <td class="p-time">{o.cancelled ? <s>{stopTime(t, o)}</s> : stopTime(t, o)}</td>
                      <td>
                        <strong>{o.cancelled ? <s>{o.name}</s> : o.name}</strong>
                        {', '}
                        {o.cancelled ? <s>{o.place}</s> : o.place}
                        {o.cancelled ? <div class="p-cancelled">{b.cancelled(o.reason ?? '')}</div> : null}
                      </td>
                      <td class="p-offers">{offerList(t, o)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
      </article>
    </Layout>
  );
}
