import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Catalogue, Lang } from '../i18n/catalogue';
import { staticFiles } from '../assets/static-files';
import { enDash } from './en-dash';
import { roleAtLeast, type Role } from '../../src/domain/vocabulary';

export type Viewer = { username: string; role: 'admin' | 'staff' | 'volunteer' } | null;

/** What every view needs to know about the request: language, the user, where the language switch goes. */
export type PageContext = {
  lang: Lang;
  t: Catalogue;
  user: Viewer;
  /** The same page in each other language (keeps the query), labelled in that language. */
  otherLangs: { lang: Lang; href: string; label: string }[];
};

type LayoutProps = {
  page: PageContext;
  title: string;
  children?: Child;
  narrow?: boolean;
  /** Seconds; reloads the page when script is off (the script refreshes in place when on). */
  refreshSeconds?: number;
  /** Plain pages for clients: no staff navigation. */
  bare?: boolean;
  bodyClass?: string;
};

/** The pages a role can use, in the order of a working day; finding a slip lives on the staff page. */
function roleLinks(t: Catalogue, user: Viewer): [string, string][] {
  if (!user) return [];
  const links: [string, string, Role][] = [
    ['/staff', t.nav.staff, 'staff'],
    ['/volunteer', t.nav.volunteer, 'volunteer'],
    ['/activities', t.nav.activities, 'volunteer'],
    ['/staff/bike', t.nav.bike, 'staff'],
    ['/staff/notices', t.nav.notices, 'staff'],
    ['/staff/tracing', t.nav.tracing, 'staff'],
    ['/staff/reports', t.reports.nav, 'staff'],
    ['/admin/audit', t.audit.nav, 'admin'],
    ['/admin/users', t.users.title, 'admin'],
    ['/admin', t.nav.admin, 'admin'],
    ['/account', t.users.accountNav, 'volunteer'],
  ];
  return links.filter(([, , role]) => roleAtLeast(user.role, role)).map(([href, label]) => [href, label]);
}

export function Layout({ page, title, children, narrow, refreshSeconds, bare, bodyClass }: LayoutProps) {
  const { t, user } = page;
  const links = bare ? [] : roleLinks(t, user);
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={page.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>
            {title === t.appName ? (
              title
            ) : (
              <>
                {title} {enDash} {t.appName}
              </>
            )}
          </title>
          <link rel="stylesheet" href={staticFiles.css.path} />
          <link rel="icon" href={staticFiles.icon.path} type="image/svg+xml" />
          {refreshSeconds ? (
            <noscript>
              <meta http-equiv="refresh" content={String(refreshSeconds)} />
            </noscript>
          ) : null}
          <script src={staticFiles.js.path} defer></script>
        </head>
        <body class={bodyClass}>
          <a class="skip" href="#main">
            {t.skipToContent}
          </a>
          <header class="top">
            <div class="bar">
              <a class="brand" href="/">
                {t.appName}
              </a>
              {links.length ? (
                <nav aria-label={t.appName} class="pages">
                  {links.map(([href, label]) => (
                    <a href={href}>{label}</a>
                  ))}
                </nav>
              ) : null}
              <div class="tools">
                {page.otherLangs.map((o) => (
                  <a href={o.href} hreflang={o.lang} lang={o.lang}>
                    {o.label}
                  </a>
                ))}
                {!bare && user ? (
                  <form method="post" action="/logout">
                    <button type="submit" class="linkish" title={t.nav.loggedInAs(user.username)}>
                      {t.nav.logout}
                    </button>
                  </form>
                ) : null}
              </div>
            </div>
          </header>
          <main id="main" class={narrow ? 'narrow' : undefined}>
            {children}
          </main>
        </body>
      </html>
    </>
  );
}
