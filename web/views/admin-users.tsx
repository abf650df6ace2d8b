import type { Role } from '../../src/domain/vocabulary';
import { Flash } from './admin';
import { Layout, type PageContext } from './layout';
import { FieldError, invalidAttrs, typed, type Refused } from './refused-form';
import { TokenTable, when, type TokenRow } from './token-table';

export type UserRow = { username: string; role: Role; disabledAt: number | null };
const roleList = ['volunteer', 'staff', 'admin'] as const;

type Props = { page: PageContext; users: UserRow[]; tokens: TokenRow[]; flash?: string; refused?: Refused };

/** Admins: create users, change roles, reset passwords, disable, enable or remove; every API token. */
export function AdminUsersPage({ page, users, tokens, flash, refused }: Props) {
  const { t } = page;
  const u = t.users;
  return (
    <Layout page={page} title={u.title}>
      <h1>{u.title}</h1>
      <Flash text={flash} />
      <h2>{u.people}</h2>
      <table class="users">
        <thead>
          <tr>
            <th scope="col">{t.admin.username}</th>
            <th scope="col">{t.admin.role}</th>
            <th scope="col">{u.status}</th>
            <th scope="col">{u.actions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((row) => (
            <UserRowView page={page} row={row} refused={refused} />
          ))}
        </tbody>
      </table>
      <CreateUserForm page={page} refused={refused} />
      <h2>{u.tokens}</h2>
      <p>{u.tokensIntro}</p>
      <TokenTable t={t} tokens={tokens} revokeBase="/admin/users/tokens" showOwner />
    </Layout>
  );
}

function UserRowView({ page, row, refused }: { page: PageContext; row: UserRow; refused?: Refused }) {
  const { t } = page;
  const u = t.users;
  const name = row.username;
  const base = `/admin/users/${encodeURIComponent(name)}`;
  const key = name.replace(/[^a-z0-9_-]/g, '_');
  const roleForm = `role:${name}`;
  const passwordForm = `password:${name}`;
  const stateForm = `state:${name}`;
  return (
    <tr data-user={name} class={row.disabledAt === null ? undefined : 'is-disabled'}>
      <td>{name}</td>
      <td>
        <form method="post" action={`${base}/role`} class="row-form">
          <select name="role" id={`role-${key}`} aria-label={t.admin.roleOf(name)} {...invalidAttrs(refused, roleForm, 'role', `role-${key}`)}>
            {roleList.map((r) => (
              <option value={r} selected={r === typed(refused, roleForm, 'role', row.role)}>
                {t.admin.roles[r]}
              </option>
            ))}
          </select>
          <button type="submit" class="secondary">
            {t.admin.changeRole}
          </button>
          <FieldError refused={refused} form={roleForm} field="role" id={`role-${key}`} />
        </form>
      </td>
      <td>{row.disabledAt === null ? u.active : u.disabledSince(when(t, row.disabledAt))}</td>
      <td>
        <span class="buttons" id={`state-${key}`}>
          <form method="post" action={`${base}/${row.disabledAt === null ? 'disable' : 'enable'}`}>
            <button type="submit" class="secondary" aria-label={row.disabledAt === null ? u.disableLabel(name) : u.enableLabel(name)}>
              {row.disabledAt === null ? u.disable : u.enable}
            </button>
          </form>
          <form method="post" action={`${base}/remove`}>
            <button type="submit" class="danger" aria-label={u.removeLabel(name)} title={u.removeHint}>
              {u.remove}
            </button>
          </form>
        </span>
        <FieldError refused={refused} form={stateForm} field="state" id={`state-${key}`} />
        <details open={refused?.form === passwordForm}>
          <summary>{u.setPassword}</summary>
          <form method="post" action={`${base}/password`}>
            <label for={`pw-${key}`}>{u.newPasswordFor(name)}</label>
            <input
              id={`pw-${key}`}
              name="password"
              type="password"
              required
              minlength={10}
              maxlength={200}
              autocomplete="new-password"
              {...invalidAttrs(refused, passwordForm, 'password', `pw-${key}`)}
            />
            <FieldError refused={refused} form={passwordForm} field="password" id={`pw-${key}`} />
            <p class="hint">{u.resetHint}</p>
            <button type="submit">{u.setPassword}</button>
          </form>
        </details>
      </td>
    </tr>
  );
}

function CreateUserForm({ page, refused }: { page: PageContext; refused?: Refused }) {
  const { t } = page;
  return (
    <form method="post" action="/admin/users">
      <fieldset>
        <legend>{t.admin.createUser}</legend>
        <div class="grid">
          <div>
            <label for="u-name">{t.admin.username}</label>
            <input id="u-name" name="username" required maxlength={40} autocomplete="off" value={typed(refused, 'create', 'username')} {...invalidAttrs(refused, 'create', 'username', 'u-name')} />
            <FieldError refused={refused} form="create" field="username" id="u-name" />
          </div>
          <div>
            <label for="u-password">{t.admin.password}</label>
            <input id="u-password" name="password" type="password" required minlength={10} autocomplete="new-password" {...invalidAttrs(refused, 'create', 'password', 'u-password')} />
            <FieldError refused={refused} form="create" field="password" id="u-password" />
          </div>
          <div>
            <label for="u-role">{t.admin.role}</label>
            <select id="u-role" name="role" {...invalidAttrs(refused, 'create', 'role', 'u-role')}>
              {roleList.map((r) => (
                <option value={r} selected={r === typed(refused, 'create', 'role', 'volunteer')}>
                  {t.admin.roles[r]}
                </option>
              ))}
            </select>
            <FieldError refused={refused} form="create" field="role" id="u-role" />
          </div>
        </div>
        <div class="actions">
          <button type="submit">{t.admin.createUser}</button>
        </div>
      </fieldset>
    </form>
  );
}
