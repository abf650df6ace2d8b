import { Flash } from './admin';
import { ErrorSummary, Field, SelectField, TextareaField, type FieldErrors, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import { longDate } from '../i18n/time-format';

type Notice = { id: number; site: string | null; text: { nb: string; en: string | null }; from: string; to: string };
type SiteChoice = { slug: string; name: string };

/** Post a notice for one site or all, in Norwegian and optionally English; take one down. */
type NoticeTyped = { site: string; nb: string; en: string; from: string; to: string };
const noticeIds = { site: 'n-site', nb: 'n-nb', en: 'n-en', from: 'n-from', to: 'n-to' };

export function NoticesPage(props: {
  page: PageContext;
  notices: Notice[];
  sites: SiteChoice[];
  today: string;
  until: string;
  flash?: string | undefined;
  refused?: { typed: NoticeTyped; errors: FieldErrors } | undefined;
}) {
  const { page, notices, sites, today, until, flash } = props;
  const typed = props.refused?.typed;
  const errors = props.refused?.errors ?? {};
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
          <ErrorSummary t={t} errors={errors} ids={noticeIds} />
          <SelectField id={noticeIds.site} name="site" label={n.site} value={typed?.site} error={errors.site} options={[{ value: '', label: n.allSites }, ...sites.map((s) => ({ value: s.slug, label: s.name }))]} />
          <TextareaField id={noticeIds.nb} name="nb" label={n.textNb} value={typed?.nb} error={errors.nb} rows={3} required maxlength={1000} lang="nb" />
          <TextareaField id={noticeIds.en} name="en" label={n.textEn} value={typed?.en} error={errors.en} rows={3} maxlength={1000} lang="en" />
          <div class="grid">
            <Field id={noticeIds.from} name="from" type="date" label={n.from} value={typed?.from ?? today} error={errors.from} required />
            <Field id={noticeIds.to} name="to" type="date" label={n.to} value={typed?.to ?? until} error={errors.to} min={today} required />
          </div>
          <SubmitRow label={n.post} />
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
