import type { Catalogue } from '../i18n/catalogue';
import { Layout, type PageContext } from './layout';

type Site = { slug: string; name: string; address: string; timezone: string };
type User = { username: string; role: 'admin' | 'staff' | 'volunteer' };
const roleList = ['volunteer', 'staff', 'admin'] as const;

export function Flash({ text }: { text?: string }) {
  return text ? (
    <p class="message ok" role="status">
      {text}
    </p>
  ) : null;
}

/** Set-up: the places and the people who may use the staff pages. */
export function AdminPage({ page, sites, users, flash }: { page: PageContext; sites: Site[]; users: User[]; flash?: string }) {
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
      </ul>
      <h2>{t.admin.users}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.admin.username}</th>
            <th scope="col">{t.admin.role}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>{u.username}</td>
              <td>
                <form method="post" action={`/admin/users/${encodeURIComponent(u.username)}/role`} class="row-form">
                  <select name="role" aria-label={t.admin.roleOf(u.username)}>
                    {roleList.map((r) => (
                      <option value={r} selected={r === u.role}>
                        {t.admin.roles[r]}
                      </option>
                    ))}
                  </select>
                  <button type="submit" class="secondary">
                    {t.admin.changeRole}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="post" action="/admin/users">
        <fieldset>
          <legend>{t.admin.createUser}</legend>
          <div class="grid">
            <div>
              <label for="u-name">{t.admin.username}</label>
              <input id="u-name" name="username" required maxlength={40} autocomplete="off" />
            </div>
            <div>
              <label for="u-password">{t.admin.password}</label>
              <input id="u-password" name="password" type="password" required minlength={10} autocomplete="new-password" />
            </div>
            <div>
              <label for="u-role">{t.admin.role}</label>
              <select id="u-role" name="role">
                {roleList.map((r) => (
                  <option value={r}>{t.admin.roles[r]}</option>
                ))}
              </select>
            </div>
          </div>
          <div class="actions">
            <button type="submit">{t.admin.createUser}</button>
          </div>
        </fieldset>
      </form>
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
