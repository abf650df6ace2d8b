import { ErrorSummary, Field, FieldError, fieldAria, SelectField, type FieldErrors } from './form-field';
import { Layout, type PageContext } from './layout';
import { SiteForm, type SiteValues } from './site-form';

type Site = { slug: string; name: string; address: string; timezone: string };
type User = { username: string; role: 'admin' | 'staff' | 'volunteer' };
type Refused<V> = { values: V; errors: FieldErrors };
/** The admin page's forms as a refused submit left them. */
export type AdminForms = {
  site?: Refused<SiteValues>;
  user?: Refused<{ username: string; password: string; role: string }>;
  role?: Refused<{ role: string }> & { username: string };
};
const userIds = { username: 'u-name', password: 'u-password', role: 'u-role' };
const roleList = ['volunteer', 'staff', 'admin'] as const;

export function Flash({ text }: { text?: string }) {
  return text ? (
    <p class="message ok" role="status">
      {text}
    </p>
  ) : null;
}

/** Set-up: the places and the people who may use the staff pages. */
export function AdminPage({ page, sites, users, flash, forms }: { page: PageContext; sites: Site[]; users: User[]; flash?: string | undefined; forms: AdminForms }) {
  const { t } = page;
  const userErrors = forms.user?.errors ?? {};
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
          {users.map((u, i) => {
            const refused = forms.role?.username === u.username ? forms.role : undefined;
            const id = `role-${i}`;
            return (
            <tr>
              <td>{u.username}</td>
              <td>
                <form method="post" action={`/admin/users/${encodeURIComponent(u.username)}/role`} class="row-form">
                  {refused ? <ErrorSummary t={t} errors={refused.errors} ids={{ role: id, '': id }} /> : null}
                  <FieldError id={id} error={refused?.errors.role ?? refused?.errors['']} />
                  <select id={id} name="role" aria-label={t.admin.roleOf(u.username)} {...fieldAria(id, refused?.errors.role ?? refused?.errors[''])}>
                    {roleList.map((r) => (
                      <option value={r} selected={r === (refused?.values.role ?? u.role)}>
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
            );
          })}
        </tbody>
      </table>
      <form method="post" action="/admin/users">
        <fieldset>
          <legend>{t.admin.createUser}</legend>
          <ErrorSummary t={t} errors={userErrors} ids={userIds} />
          <div class="grid">
            <Field id={userIds.username} name="username" label={t.admin.username} value={forms.user?.values.username} error={userErrors.username} required maxlength={40} autocomplete="off" />
            <Field id={userIds.password} name="password" type="password" label={t.admin.password} error={userErrors.password} required minlength={10} autocomplete="new-password" />
            <SelectField id={userIds.role} name="role" label={t.admin.role} value={forms.user?.values.role} error={userErrors.role} options={roleList.map((r) => ({ value: r, label: t.admin.roles[r] }))} />
          </div>
          <div class="actions">
            <button type="submit">{t.admin.createUser}</button>
          </div>
        </fieldset>
      </form>
    </Layout>
  );
}
