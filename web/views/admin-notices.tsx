import { Flash } from './admin';
import { Layout, type PageContext } from './layout';
import { longDate } from './time-format';

type Notice = { id: number; site: string | null; text: { nb: string; en: string | null }; from: string; to: string };
type SiteChoice = { slug: string; name: string };

/** Post a notice for one site or all, in Norwegian and optionally English; take one down. */
export function NoticesPage({ page, notices, sites, today, until, flash }: { page: PageContext; notices: Notice[]; sites: SiteChoice[]; today: string; until: string; flash?: string }) {
  const { t } = page;
  const n = t.setup.notices;
  const siteName = (slug: string | null) => (slug ? (sites.find((s) => s.slug === slug)?.name ?? slug) : n.allSites);
  const day = (date: string) => longDate(t, date, 'Europe/Oslo', 'medium');
  return (
    <Layout page={page} title={n.title}>
      <h1>{n.title}</h1>
      <p>{n.intro}</p>
      <Flash text={flash} />
      <form method="post" action="/staff/notices">
        <fieldset>
          <legend>{n.newNotice}</legend>
          <label for="n-site">{n.site}</label>
          <select id="n-site" name="site">
            <option value="">{n.allSites}</option>
            {sites.map((s) => (
              <option value={s.slug}>{s.name}</option>
            ))}
          </select>
          <label for="n-nb">{n.textNb}</label>
          <textarea id="n-nb" name="nb" rows={3} required maxlength={1000} lang="nb"></textarea>
          <label for="n-en">{n.textEn}</label>
          <textarea id="n-en" name="en" rows={3} maxlength={1000} lang="en"></textarea>
          <div class="grid">
            <div>
              <label for="n-from">{n.from}</label>
              <input id="n-from" name="from" type="date" value={today} required />
            </div>
            <div>
              <label for="n-to">{n.to}</label>
              <input id="n-to" name="to" type="date" value={until} min={today} required />
            </div>
          </div>
          <div class="actions">
            <button type="submit">{n.post}</button>
          </div>
        </fieldset>
      </form>
      <h2>{n.current}</h2>
      {notices.length === 0 ? (
        <p>{n.none}</p>
      ) : (
        <ul class="notices">
          {notices.map((x) => (
            <li class={`notice${x.from > today ? ' is-coming' : ''}`} data-notice={x.id}>
              <p class="notice-meta">
                <strong>{siteName(x.site)}</strong> · {n.period(day(x.from), day(x.to))}
                {x.from > today ? <span class="tag">{n.coming}</span> : null}
              </p>
              <p lang="nb">{x.text.nb}</p>
              {x.text.en ? (
                <p lang="en" class="muted">
                  {x.text.en}
                </p>
              ) : null}
              <form method="post" action={`/staff/notices/${x.id}/delete`}>
                <button type="submit" class="secondary" aria-label={n.removeLabel(x.text.nb.slice(0, 60))}>
                  {n.remove}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
