import { Layout, type ClientPageContext } from './layout';
import { SubmitRow } from './form-field';

/** A notice is written in Norwegian and maybe English: `lang` says which one this text is. */
export type SiteNotice = { text: string; lang: 'nb' | 'en' };

/**
 * The notices in force, each marked with its own language when the page is in another one, and
 * set in its own direction (an English sentence on an Arabic page keeps its full stop at the end).
 */
export function SiteNoticeList({ page, notices }: { page: ClientPageContext; notices: SiteNotice[] }) {
  return (
    <>
      {notices.map((n) => (
        <p class="message" lang={n.lang === page.lang ? undefined : n.lang} dir={page.dir === 'rtl' ? 'ltr' : undefined}>
          {n.text}
        </p>
      ))}
    </>
  );
}

export function HomePage({ page, error, typed, notices }: { page: ClientPageContext; error?: string; typed?: string; notices: SiteNotice[] }) {
  const { t } = page;
  return (
    <Layout page={page} title={t.home.title} description={page.staff.t.descriptions.home} narrow bare>
      <h1>{t.home.title}</h1>
      <p>{t.home.intro}</p>
      <form method="get" action="/t" class="code-form">
        <label for="code">
          {t.home.codeLabel}
          <span class="hint" id="code-hint">
            {t.home.codeHint}
          </span>
        </label>
        {error ? (
          <p class="message bad" id="code-error" role="alert">
            {error}
          </p>
        ) : null}
        <input
          id="code"
          name="code"
          class="code"
          value={typed}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          inputmode="text"
          maxlength={20}
          required
          aria-describedby={error ? 'code-hint code-error' : 'code-hint'}
          aria-invalid={error ? 'true' : undefined}
        />
        <SubmitRow label={t.home.submit} />
      </form>
      <ul class="links">
        <li>
          <a href="/bike">{t.home.bike}</a>
        </li>
        <li>
          <a href="/activities">{t.home.activities}</a>
        </li>
      </ul>
      {notices.length > 0 ? (
        <section aria-labelledby="notices">
          <h2 id="notices">{t.home.notices}</h2>
          <SiteNoticeList page={page} notices={notices} />
        </section>
      ) : null}
    </Layout>
  );
}
