import { raw } from 'hono/html';
import { formatCode } from '../../src/domain/codes';
import { Layout, type PageContext } from './layout';
import type { ShownTicket } from './ticket';
import { qrSvg } from './qr-svg';
import { clock, longDate } from '../i18n/time-format';

export const printLayouts = ['a4', '80', '58'] as const;
export type PrintLayout = (typeof printLayouts)[number];

export const sheetClass: Record<PrintLayout, string> = { a4: 'sheet-a4', '80': 'sheet-r80', '58': 'sheet-r58' };

/** The bar above any sheet of slips (not printed): its title, print, the other layouts, back. */
export function PrintTools(props: { page: PageContext; title: string; layout: PrintLayout; hrefFor: (layout: PrintLayout) => string; back: string }) {
  const { t } = props.page;
  const client = props.page.client;
  const names: Record<PrintLayout, string> = { a4: t.staff.layoutA4, '80': t.staff.layout80, '58': t.staff.layout58 };
  return (
    // Staff text on a sheet whose slips may be in a client language (and right to left).
    <div class="sheet-tools no-print" lang={client.lang === props.page.lang ? undefined : props.page.lang} dir={client.dir === 'rtl' ? 'ltr' : undefined}>
      <h1>{props.title}</h1>
      <p>{t.print.help}</p>
      <div class="actions">
        <button type="button" data-print class="js-only">
          {t.print.printNow}
        </button>
        {printLayouts
          .filter((l) => l !== props.layout)
          .map((l) => (
            <a class="button secondary" href={props.hrefFor(l)}>
              {names[l]}
            </a>
          ))}
        <a href={props.back}>{t.print.back}</a>
      </div>
    </div>
  );
}

/**
 * Paper slips: the pickup time big enough to read at arm's length, the day, the place, the code
 * and a QR code for the ticket page. A4 is a 2×5 grid with dashed cut lines; receipt layouts put
 * one slip on each page so the printer cuts between them.
 */
export function PrintSheet({ page, found, layout, base, back }: { page: PageContext; found: ShownTicket[]; layout: PrintLayout; base: string; back: string }) {
  // The slips are in the language asked for (any client language); the page around them is staff's.
  const t = page.client.t;
  const codes = found.map((f) => f.ticket.code).join(',');
  return (
    <Layout page={page.client} title={page.t.print.title(found.length)} bodyClass="print-page" staffChrome>
      <PrintTools page={page} title={page.t.print.title(found.length)} layout={layout} hrefFor={(l) => `../${l}?${new URLSearchParams({ codes, lang: page.client.lang })}`} back={back} />
      <div class={`slips ${sheetClass[layout]}`}>
        {found.map(({ ticket, site, distribution }) => {
          const zone = site.timezone;
          const code = formatCode(ticket.code);
          return (
            <div class="slip" data-code={code}>
              <div class="s-text">
                <p class="s-label">
                  {t.print.pickupTime} · <bdi>{distribution.name}</bdi>
                </p>
                <p class="s-time">
                  <bdi>{clock(t, ticket.slotStart, zone)}</bdi>
                </p>
                <p class="s-date">{longDate(t, ticket.date, zone)}</p>
                <p class="s-place">
                  <bdi>
                    {site.name}
                    {site.address ? `, ${site.address}` : ''}
                  </bdi>
                </p>
                <p class="s-code">
                  <bdi dir="ltr">{code}</bdi>
                </p>
                <p class="s-url">
                  <bdi dir="ltr">{`${base}/t/${ticket.code}`}</bdi>
                </p>
              </div>
              <div class="s-qr">{raw(qrSvg(`${base}/t/${ticket.code}`, t.print.qrLabel(code)))}</div>
            </div>
          );
        })}
      </div>
    </Layout>
  );
}
