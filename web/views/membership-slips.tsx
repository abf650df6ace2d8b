import { raw } from 'hono/html';
import type { MembershipRow } from '../../src/db/memberships';
import { formatCode } from '../../src/domain/codes';
import { cohortName } from '../../src/domain/cohorts';
import { Layout, type PageContext } from './layout';
import { printLayouts, type PrintLayout } from './print-sheet';
import { qrSvg } from './qr-svg';

const sheetClass: Record<PrintLayout, string> = { a4: 'sheet-a4', '80': 'sheet-r80', '58': 'sheet-r58' };

/** Membership slips in the ticket slips' style: the group big, the activity, the code and a QR code for /m/:code. */
export function MembershipSlips(props: {
  page: PageContext;
  activity: { name: string; place: string; when: string };
  members: MembershipRow[];
  layout: PrintLayout;
  base: string;
  back: string;
}) {
  const { page, activity, members, layout, base, back } = props;
  const { t } = page;
  const s = t.outreach.slip;
  const names: Record<PrintLayout, string> = { a4: t.staff.layoutA4, '80': t.staff.layout80, '58': t.staff.layout58 };
  const codes = members.map((m) => m.code).join(',');
  return (
    <Layout page={page} title={s.title} bodyClass="print-page">
      <div class="sheet-tools no-print">
        <h1>{s.title}</h1>
        <p>{t.print.help}</p>
        <div class="actions">
          <button type="button" data-print class="js-only">
            {t.print.printNow}
          </button>
          {printLayouts
            .filter((l) => l !== layout)
            .map((l) => (
              <a class="button secondary" href={`./${l}?${new URLSearchParams({ codes })}`}>
                {names[l]}
              </a>
            ))}
          <a href={back}>{t.print.back}</a>
        </div>
      </div>
      <div class={`slips ${sheetClass[layout]}`}>
        {members.map((m) => {
          const code = formatCode(m.code);
          const url = `${base}/m/${m.code}`;
          return (
            <div class="slip" data-code={code}>
              <div class="s-text">
                <p class="s-label">
                  {s.label} · {activity.name}
                </p>
                <p class="s-time">{m.cohort === null ? s.waiting : t.outreach.activities.group(cohortName(m.cohort))}</p>
                <p class="s-date">{activity.when}</p>
                <p class="s-place">{activity.place}</p>
                <p class="s-code">{code}</p>
                <p class="s-url">{url}</p>
              </div>
              <div class="s-qr">{raw(qrSvg(url, s.qrLabel(code)))}</div>
            </div>
          );
        })}
      </div>
    </Layout>
  );
}
