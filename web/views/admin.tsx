import type { Catalogue } from '../i18n/catalogue';
import { Layout, type PageContext } from './layout';

type Site = { slug: string; name: string; address: string; timezone: string };

export function Flash({ text }: { text?: string }) {
  return text ? (
    <p class="message ok" role="status">
      {text}
    </p>
  ) : null;
}

/** Set-up: the places, and links to the rest (users are on /admin/users). */
export function AdminPage({ page, sites, flash }: { page: PageContext; sites: Site[]; flash?: string }) {
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
      <details>
        <summary class="button secondary">{t.admin.newSite}</summary>
        <SiteForm t={t} action="/admin/sites" submit={t.admin.create} />
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

export function SiteForm({ t, action, site, submit }: { t: Catalogue; action: string; site?: Site; submit: string }) {
  return (
    <form method="post" action={action}>
      <div class="grid">
        <div>
          <label for="s-name">{t.admin.name}</label>
          <input id="s-name" name="name" value={site?.name} required maxlength={120} />
        </div>
        <div>
          <label for="s-slug">{t.admin.slug}</label>
          <input id="s-slug" name="slug" value={site?.slug} required maxlength={50} pattern="[a-z0-9][a-z0-9\-]*" />
        </div>
        <div>
          <label for="s-address">{t.admin.address}</label>
          <input id="s-address" name="address" value={site?.address} maxlength={500} />
        </div>
        <div>
          <label for="s-timezone">{t.admin.timezone}</label>
          <input id="s-timezone" name="timezone" value={site?.timezone ?? 'Europe/Oslo'} required />
        </div>
      </div>
      <div class="actions">
        <button type="submit">{submit}</button>
      </div>
    </form>
  );
}
