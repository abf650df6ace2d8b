import { raw } from 'hono/html';
import { formatCode } from '../../src/domain/codes';
import { cohortName } from '../../src/domain/cohorts';
import { Layout, type PageContext } from './layout';
import { PrintTools, sheetClass, type PrintLayout } from './print-sheet';
import { qrSvg } from './qr-svg';
import type { Member } from './staff-activity';

/** Membership slips in the ticket slips' style: the group big, the activity, the code and a QR code for /m/:code. */
export function MembershipSlips(props: {
  page: PageContext;
  activity: { name: string; place: string; when: string };
  members: Member[];
  layout: PrintLayout;
  base: string;
  back: string;
}) {
  const { page, activity, members, layout, base, back } = props;
  // The slips are in the language asked for (any client language); the page around them is staff's.
  const { t } = page.client;
  const s = t.outreach.slip;
  const codes = members.map((m) => m.code).join(',');
  return (
    <Layout page={page.client} title={page.t.outreach.slip.title} bodyClass="print-page" staffChrome>
      <PrintTools page={page} title={page.t.outreach.slip.title} layout={layout} hrefFor={(l) => `./${l}?${new URLSearchParams({ codes, lang: page.client.lang })}`} back={back} />
      <div class={`slips member-slips ${sheetClass[layout]}`}>
        {members.map((m) => {
          const code = formatCode(m.code);
          const url = `${base}/m/${m.code}`;
          return (
            <div class="slip" data-code={code}>
              <div class="s-text">
                <p class="s-label">
                  {s.label} · <bdi>{activity.name}</bdi>
                </p>
                <p class="s-time">{m.cohort === null ? s.waiting : t.outreach.activities.group(cohortName(m.cohort))}</p>
                <p class="s-date">{activity.when}</p>
                <p class="s-place">
                  <bdi>{activity.place}</bdi>
                </p>
                <p class="s-code">
                  <bdi dir="ltr">{code}</bdi>
                </p>
                <p class="s-url">
                  <bdi dir="ltr">{url}</bdi>
                </p>
              </div>
              <div class="s-qr">{raw(qrSvg(url, s.qrLabel(code)))}</div>
            </div>
          );
        })}
      </div>
    </Layout>
  );
}
