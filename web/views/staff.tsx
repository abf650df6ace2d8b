import { Layout, type PageContext } from './layout';
import { SitePicker, type Choice } from './site-picker';
import { clock, longDate } from './time-format';

export type StaffChoice = { sites: Choice[]; site: Choice & { timezone: string }; distributions: Choice[]; dist: Choice | null; date: string };

/** A distribution's day: its slots with how many of each are taken; no slots when it is not an opening day. */
export type DayPlan = {
  date: string;
  openingDay: boolean;
  closed: { reason: string } | null;
  slots: readonly { start: number; end: number; capacity: number; taken: number }[];
};

/** Issue one slip for a walk-in or a batch, then print them. */
export function StaffPage({ page, choice, plan, error }: { page: PageContext; choice: StaffChoice; plan: DayPlan | null; error?: string }) {
  const { t } = page;
  const zone = choice.site.timezone;
  const free = plan ? plan.slots.reduce((n, s) => n + Math.max(0, s.capacity - s.taken), 0) : 0;
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
      <SitePicker t={t} action="/staff" sites={choice.sites} site={choice.site.slug} distributions={choice.distributions} dist={choice.dist?.slug} date={choice.date} />
      {error ? (
        <p class="message bad" role="alert">
          {error}
        </p>
      ) : null}
      {plan && choice.dist ? (
        <section aria-labelledby="day">
          <h2 id="day">
            {choice.dist.name} · {longDate(t, choice.date, zone)}
          </h2>
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
                  <LayoutChoice t={t} id="one" />
                  <div class="actions">
                    <button type="submit">{t.staff.issue}</button>
                  </div>
                </fieldset>
              </form>
              <form method="post" action="/staff/issue">
                {hidden}
                <fieldset>
                  <legend>{t.staff.issueBatch}</legend>
                  <label for="batch-count">{t.staff.count}</label>
                  <input id="batch-count" name="count" type="number" min="1" max={String(Math.min(500, free))} value={String(Math.min(10, free))} required />
                  <label for="batch-strategy">{t.staff.strategy}</label>
                  <select id="batch-strategy" name="strategy">
                    <option value="spread">{t.staff.spread}</option>
                    <option value="earliest">{t.staff.earliest}</option>
                  </select>
                  <label for="batch-not-before">{t.staff.notBefore}</label>
                  <input id="batch-not-before" name="notBefore" type="time" />
                  <label for="batch-note">{t.staff.note}</label>
                  <input id="batch-note" name="note" maxlength={200} />
                  <LayoutChoice t={t} id="batch" />
                  <div class="actions">
                    <button type="submit">{t.staff.issue}</button>
                  </div>
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
                    <td class="num">{Math.max(0, s.capacity - s.taken)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
      ) : null}
      {choice.sites.length === 0 ? <p class="message warn">{t.staff.noSites}</p> : null}
      <h2 id="find">{t.staff.findTitle}</h2>
      <form method="get" action="/staff/tickets" class="inline-find">
        <label for="find-code">{t.staff.findCode}</label>
        <input id="find-code" name="code" class="code" autocomplete="off" required maxlength={20} />
        <div class="actions">
          <button type="submit" class="secondary">
            {t.staff.find}
          </button>
        </div>
      </form>
    </Layout>
  );
}

function LayoutChoice({ t, id }: { t: PageContext['t']; id: string }) {
  return (
    <>
      <label for={`${id}-layout`}>{t.staff.layout}</label>
      <select id={`${id}-layout`} name="layout">
        <option value="a4">{t.staff.layoutA4}</option>
        <option value="80">{t.staff.layout80}</option>
        <option value="58">{t.staff.layout58}</option>
      </select>
    </>
  );
}
