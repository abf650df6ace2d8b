import { raw } from 'hono/html';
import type { RoundView } from '../../src/schemas/rounds-responses';
import { Layout, type PageContext } from './layout';
import { PrintTools, sheetClass, type PrintLayout } from './print-sheet';
import { qrSvg } from './qr-svg';
import { clockOfIso, longDate } from '../i18n/time-format';
import { windowText } from './rounds-plan';

type Site = { slug: string; name: string; timezone: string };

/** The driver's sheet on A4: the stops in order with window, label, what to bring and a tick box. */
export function DriverSheet({ page, site, round, back }: { page: PageContext; site: Site; round: RoundView; back: string }) {
  const { t } = page;
  const r = t.rounds;
  return (
    <Layout page={page} title={r.sheetTitle(round.name)} bodyClass="print-page driver-page">
      <div class="sheet-tools no-print">
        <p>{t.print.help}</p>
        <div class="actions">
          <button type="button" data-print class="js-only">
            {t.print.printNow}
          </button>
          <a href={back}>{t.print.back}</a>
        </div>
      </div>
      <h1>{r.sheetTitle(round.name)}</h1>
      <p>
        {site.name} · {longDate(t, round.date, site.timezone)}
        {round.breakAfterStop ? ` · ${r.breakAfter(round.breakAfterStop, round.breakMinutes)}` : ''}
      </p>
      <table class="driver-sheet">
        <thead>
          <tr>
            <th scope="col">{r.place}</th>
            <th scope="col">{r.window}</th>
            <th scope="col">{r.stops}</th>
            <th scope="col">{r.bringHead}</th>
            <th scope="col" class="tick">
              {r.tick}
            </th>
          </tr>
        </thead>
        <tbody>
          {round.stops.map((s) => (
            <tr data-stop={s.id}>
              <td>{s.place}</td>
              <td class="win">{windowText(page, s, site.timezone)}</td>
              <td>{s.label ? <bdi>{s.label}</bdi> : ''}</td>
              <td>{s.bring ?? ''}</td>
              <td class="tick">
                <span class="box" role="img" aria-label={`${r.tick}: ${r.place} ${s.place}`}></span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

/**
 * One slip per stop for its client: the window, the day and the code with a QR code for /t/CODE,
 * in the print styles of the pickup slips and in the client's language. Never the label.
 */
export function RoundSlips({ page, site, round, layout, base, back }: { page: PageContext; site: Site; round: RoundView; layout: PrintLayout; base: string; back: string }) {
  const t = page.client.t;
  const zone = site.timezone;
  const title = page.t.print.title(round.stops.length);
  return (
    <Layout page={page.client} title={title} bodyClass="print-page" staffChrome>
      <PrintTools page={page} title={title} layout={layout} hrefFor={(l) => `${l}?${new URLSearchParams({ lang: page.client.lang })}`} back={back} />
      <div class={`slips ${sheetClass[layout]}`}>
        {round.stops.map((s) => {
          const plain = s.code.replace('-', '');
          return (
            <div class="slip" data-code={s.code}>
              <div class="s-text">
                <p class="s-label">{t.delivery.slipLabel}</p>
                <p class="s-time">
                  <bdi dir="ltr">{clockOfIso(t, s.start, zone)}</bdi>
                </p>
                <p class="s-date">
                  {t.delivery.comeBetween(clockOfIso(t, s.start, zone), clockOfIso(t, s.end, zone))}
                  <br />
                  {longDate(t, round.date, zone)}
                </p>
                <p class="s-place">
                  <bdi>{site.name}</bdi>
                </p>
                <p class="s-code">
                  <bdi dir="ltr">{s.code}</bdi>
                </p>
                <p class="s-url">
                  <bdi dir="ltr">{`${base}/t/${plain}`}</bdi>
                </p>
              </div>
              <div class="s-qr">{raw(qrSvg(`${base}/t/${plain}`, t.print.qrLabel(s.code)))}</div>
            </div>
          );
        })}
      </div>
    </Layout>
  );
}
