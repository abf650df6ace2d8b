import { freeIn, freeInAll } from '../../src/domain/allocation';
import { clientCatalogues, langs } from '../i18n/catalogue';
import { ErrorSummary, Field, type FieldErrors, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import { SitePicker, type Choice } from './site-picker';
import { screenWords } from '../i18n/screen-words';
import { clock, longDate } from '../i18n/time-format';

export type StaffChoice = { sites: Choice[]; site: Choice & { timezone: string }; distributions: Choice[]; dist: Choice | null; date: string };

/** A distribution's day: its slots with how many of each are taken; no slots when it is not an opening day. */
export type DayPlan = {
  date: string;
  openingDay: boolean;
  closed: { reason: string } | null;
  slots: readonly { start: number; end: number; capacity: number; taken: number }[];
};

/** Issue one slip for a walk-in or a batch, then print them. */
const batchIds = { count: 'batch-count', notBefore: 'batch-not-before', note: 'batch-note', date: 'pick-date', '': 'batch-count' };
type BatchTyped = { count: string; notBefore: string; note: string; strategy?: string; layout?: string; slipLang?: string };

export function StaffPage(props: {
  page: PageContext;
  choice: StaffChoice;
  plan: DayPlan | null;
  /** The distribution's days and hours in words. */
  when?: string | undefined;
  /** A refused batch: what was typed and what to fix. */
  refused?: { typed: BatchTyped; errors: FieldErrors } | undefined;
}) {
  const { page, choice, plan } = props;
  const { t } = page;
  const errors = props.refused?.errors ?? {};
  const typed = props.refused?.typed;
  const zone = choice.site.timezone;
  const free = plan ? freeInAll(plan.slots) : 0;
  const total = plan ? plan.slots.reduce((n, s) => n + s.capacity, 0) : 0;
  const canIssue = !!plan && plan.openingDay && !plan.closed && free > 0;
  const hidden = (
    <>
      <input type="hidden" name="site" value={choice.site.slug} />
      <input type="hidden" name="dist" value={choice.dist?.slug} />
      <input type="hidden" name="date" value={choice.date} />
    </>
  );
  return (
    <Layout page={page} title={t.staff.title}>
      <h1>{t.staff.title}</h1>
      {choice.sites.length === 0 ? (
        <NoPlaces page={page} />
      ) : (
        <SitePicker t={t} action="/staff" sites={choice.sites} site={choice.site.slug} distributions={choice.distributions} dist={choice.dist?.slug} date={choice.date} />
      )}
      {choice.sites.length > 0 ? (
        <p>
          <a href={`/screen?site=${encodeURIComponent(choice.site.slug)}`}>{screenWords[page.lang].open}</a>
        </p>
      ) : null}
      {choice.sites.length > 0 && choice.distributions.length === 0 ? <NoDistributions page={page} site={choice.site.slug} /> : null}
      <ErrorSummary t={t} errors={errors} ids={batchIds} />
      {plan && choice.dist ? (
        <section aria-labelledby="day">
          <h2 id="day">
            {choice.dist.name} · {longDate(t, choice.date, zone)}
          </h2>
          {props.when ? <p data-testid="when">{props.when}</p> : null}
          {plan.closed ? <p class="message bad">{t.staff.closedDay(plan.closed.reason)}</p> : null}
          {!plan.openingDay ? <p class="message warn">{t.staff.notOpen}</p> : <p data-testid="free">{t.staff.freeOf(free, total)}</p>}
          {canIssue ? (
            <div class="grid issue">
              <form method="post" action="/staff/issue">
                {hidden}
                <fieldset>
                  <legend>{t.staff.issueOne}</legend>
                  <p class="muted">{t.staff.issueOneHelp}</p>
                  <input type="hidden" name="count" value="1" />
                  <input type="hidden" name="strategy" value="earliest" />
                  <PrintChoice page={page} id="one" chosen={typed} />
                  <SubmitRow label={t.staff.issue} />
                </fieldset>
              </form>
              <form method="post" action="/staff/issue">
                {hidden}
                <fieldset>
                  <legend>{t.staff.issueBatch}</legend>
                  <Field id={batchIds.count} name="count" type="number" label={t.staff.count} error={errors.count ?? errors['']} min="1" max={String(Math.min(500, free))} value={typed?.count ?? String(Math.min(10, free))} required />
                  <label for="batch-strategy">{t.staff.strategy}</label>
                  <select id="batch-strategy" name="strategy">
                    <option value="spread">{t.staff.spread}</option>
                    <option value="earliest" selected={typed?.strategy === 'earliest'}>
                      {t.staff.earliest}
                    </option>
                  </select>
                  <Field id={batchIds.notBefore} name="notBefore" type="time" label={t.staff.notBefore} value={typed?.notBefore} error={errors.notBefore} />
                  <Field id={batchIds.note} name="note" label={t.staff.note} value={typed?.note} error={errors.note} maxlength={200} />
                  <PrintChoice page={page} id="batch" chosen={typed} />
                  <SubmitRow label={t.staff.issue} />
                </fieldset>
              </form>
            </div>
          ) : null}
          {plan.slots.length > 0 ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.staff.slot}</th>
                  <th scope="col" class="num">
                    {t.staff.taken}
                  </th>
                  <th scope="col" class="num">
                    {t.staff.free}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.slots.map((s) => (
                  <tr>
                    <td>
                      {clock(t, s.start, zone)}–{clock(t, s.end, zone)}
                    </td>
                    <td class="num">{s.taken}</td>
                    <td class="num">{freeIn(s)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
      <h2 id="find">{t.staff.findTitle}</h2>
      <form method="get" action="/staff/tickets" class="inline-find">
        <label for="find-code">{t.staff.findCode}</label>
        <input id="find-code" name="code" class="code" autocomplete="off" required maxlength={20} />
        <SubmitRow label={t.staff.find} kind="secondary" />
      </form>
      {choice.sites.length > 0 ? (
        <p>
          <a href={`/staff/rounds?${new URLSearchParams({ site: choice.site.slug, date: choice.date })}`}>{t.rounds.link}</a>
        </p>
      ) : null}
    </Layout>
  );
}

/** An install without places: the way to set one up, or whom to ask. */
function NoPlaces({ page }: { page: PageContext }) {
  const { t } = page;
  if (page.user?.role !== 'admin') return <p class="message warn">{t.forms.noSitesStaff}</p>;
  return (
    <p class="message warn">
      {t.forms.noSitesAdmin}{' '}
      <a href="/admin#new-site">{t.forms.setUpPlace}</a>
    </p>
  );
}

/** A place without a distribution: the way to set one up, or whom to ask. */
function NoDistributions({ page, site }: { page: PageContext; site: string }) {
  const { t } = page;
  if (page.user?.role !== 'admin') return <p class="message warn">{t.forms.noDistributionsStaff}</p>;
  return (
    <p class="message warn">
      {t.forms.noDistributions} <a href={`/admin/sites/${site}#new-distribution`}>{t.forms.setUpDistribution}</a>
    </p>
  );
}

/** How the slips are printed: the paper, and the client's language (each language named in itself). */
function PrintChoice({ page, id, chosen }: { page: PageContext; id: string; chosen?: { layout?: string; slipLang?: string } }) {
  const { t } = page;
  const slipLang = chosen?.slipLang ?? page.client.lang;
  return (
    <>
      <label for={`${id}-layout`}>{t.staff.layout}</label>
      <select id={`${id}-layout`} name="layout">
        <option value="a4">{t.staff.layoutA4}</option>
        <option value="80" selected={chosen?.layout === '80'}>
          {t.staff.layout80}
        </option>
        <option value="58" selected={chosen?.layout === '58'}>
          {t.staff.layout58}
        </option>
      </select>
      <label for={`${id}-slip-lang`}>{t.staff.slipLanguage}</label>
      <select id={`${id}-slip-lang`} name="slipLang">
        {langs.map((lang) => (
          <option value={lang} lang={lang} selected={lang === slipLang}>
            {clientCatalogues[lang].languageName}
          </option>
        ))}
      </select>
    </>
  );
}
