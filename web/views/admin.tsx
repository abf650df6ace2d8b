import type { FieldErrors } from './form-field';
import { Layout, type PageContext } from './layout';
import { SiteForm, type SiteValues } from './site-form';

type Site = { slug: string; name: string; address: string; timezone: string };
type Refused<V> = { values: V; errors: FieldErrors };
/** The admin page's forms as a refused submit left them. */
export type AdminForms = { site?: Refused<SiteValues> };

export function Flash({ text }: { text?: string }) {
  return text ? (
    <p class="message ok" role="status">
      {text}
    </p>
  ) : null;
}

/** Set-up: the places, and links to the rest (users are on /admin/users). */
export function AdminPage({ page, sites, flash, forms }: { page: PageContext; sites: Site[]; flash?: string | undefined; forms: AdminForms }) {
  const { t } = page;
  return (
    <Layout page={page} title={t.admin.title}>
      <h1>{t.admin.title}</h1>
      <Flash text={flash} />
      <h2>{t.admin.sites}</h2>
      {sites.length === 0 ? (
        <p>{t.admin.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.admin.name}</th>
              <th scope="col">{t.admin.address}</th>
              <th scope="col">{t.admin.timezone}</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr>
                <td>
                  <a href={`/admin/sites/${s.slug}`}>{s.name}</a>
                </td>
                <td>{s.address}</td>
                <td>{s.timezone}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sites.length === 0 ? <h2 id="new-site">{t.forms.setUpPlace}</h2> : null}
      <details open={sites.length === 0 || forms.site !== undefined}>
        <summary class="button secondary">{t.admin.newSite}</summary>
        <SiteForm t={t} action="/admin/sites" submit={t.admin.create} v={forms.site?.values} errors={forms.site?.errors} />
      </details>
      <h2>{t.setup.links.title}</h2>
      <ul class="links setup-links">
        <li>
          <a href="/admin/bike-stops">{t.setup.links.bikeStops}</a>
        </li>
        <li>
          <a href="/admin/activities">{t.setup.links.activities}</a>
        </li>
        <li>
          <a href="/staff/notices">{t.setup.links.notices}</a>
        </li>
        <li>
          <a href="/staff/bike">{t.setup.links.bikeDay}</a>
        </li>
        <li>
          <a href="/admin/users">{t.users.title}</a>
        </li>
      </ul>
    </Layout>
  );
}
