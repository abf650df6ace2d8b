import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Catalogue, ClientCatalogue, Lang, StaffLang } from '../i18n/catalogue';
import { staticFiles } from '../assets/static-files';
import { enDash } from './en-dash';
import { roleAtLeast, type Role } from '../../src/domain/vocabulary';

type Viewer = { username: string; role: 'admin' | 'staff' | 'volunteer' } | null;

export type LangLink = { lang: Lang; href: string; label: string };

/** What a client page needs: its language (any of them), the user, where the language switch goes. */
export type ClientPageContext = {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  t: ClientCatalogue;
  user: Viewer;
  /** The same page in each other language (keeps the query), labelled in that language. */
  otherLangs: LangLink[];
  /** Staff text on a client page (the navigation, a volunteer's links) in the nearest staff language. */
  staff: { lang: StaffLang; t: Catalogue };
};

/** What a staff page needs: the same in Norwegian or English, and the client context for slips it prints. */
export type PageContext = ClientPageContext & {
  lang: StaffLang;
  t: Catalogue;
  client: ClientPageContext;
};

type LayoutProps = {
  page: ClientPageContext;
  title: string;
  children?: Child;
  narrow?: boolean;
  /** Seconds; reloads the page when script is off (the script refreshes in place when on). */
  refreshSeconds?: number;
  /** Plain pages for clients: no staff navigation, and no script (they need none, so a phone loads none). */
  bare?: boolean;
  /** A bare page that still wants the script (a print button). */
  script?: boolean;
  /** For search engines, on the public pages. */
  description?: string;
  /** Pages for one holder of a code (a ticket, a membership): kept out of search engines. */
  noindex?: boolean;
  bodyClass?: string;
  /** A staff page around content in a client language (sheets of slips): the top bar reads as staff's. */
  staffChrome?: boolean;
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

export function Layout({ page, title, children, narrow, refreshSeconds, bare, script = !bare, description, noindex, bodyClass, staffChrome }: LayoutProps) {
  const { t, user } = page;
  const staff = page.staff;
  // Staff words on a page in a client-only language are marked as the language they are in.
  const staffLang = staff.lang === page.lang ? undefined : staff.lang;
  const staffDir = page.dir === 'rtl' ? 'ltr' : undefined;
  const links = bare ? [] : roleLinks(staff.t, user);
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={page.lang} dir={page.dir === 'rtl' ? 'rtl' : undefined}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          {description ? <meta name="description" content={description} /> : null}
          {noindex ? <meta name="robots" content="noindex" /> : null}
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
          {script ? <script src={staticFiles.js.path} defer></script> : null}
        </head>
        <body class={bodyClass}>
          <a class="skip" href="#main">
            {t.skipToContent}
          </a>
          <header class="top" lang={staffChrome ? staffLang : undefined} dir={staffChrome ? staffDir : undefined}>
            <div class="bar">
              <a class="brand" href="/">
                {t.appName}
              </a>
              {links.length ? (
                <nav aria-label={t.appName} class="pages" lang={staffLang} dir={staffDir}>
                  {links.map(([href, label]) => (
                    <a href={href}>{label}</a>
                  ))}
                </nav>
              ) : null}
              <div class="tools">
                {page.otherLangs.length ? (
                  <nav aria-label={t.languages} class="langs">
                    {page.otherLangs.map((o) => (
                      <a href={o.href} hreflang={o.lang} lang={o.lang} dir="auto">
                        {o.label}
                      </a>
                    ))}
                  </nav>
                ) : null}
                {!bare && user ? (
                  <form method="post" action="/logout">
                    <button type="submit" class="linkish" title={staff.t.nav.loggedInAs(user.username)} lang={staffLang} dir={staffDir}>
                      {staff.t.nav.logout}
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
