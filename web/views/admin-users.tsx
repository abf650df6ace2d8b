import type { Role } from '../../src/domain/vocabulary';
import { Flash } from './admin';
import { ErrorSummary, Field, FieldError, fieldAria, SelectField, type FieldErrors, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import { TokenTable, when, type TokenRow } from './token-table';

type UserRow = { username: string; role: Role; disabledAt: number | null };
const roleList = ['volunteer', 'staff', 'admin'] as const;

/** A form the server refused, shown again: which form (`create`, `role:<user>`…), what was typed (never a password), what to fix. */
export type UserFormRefused = { form: string; typed: Record<string, string>; errors: FieldErrors };
type Refused = UserFormRefused | undefined;

type Props = { page: PageContext; users: UserRow[]; tokens: TokenRow[]; flash?: string | undefined; refused?: Refused };

/** The errors of `form` when that form was refused; none otherwise. */
const errorsOf = (refused: Refused, form: string): FieldErrors => (refused?.form === form ? refused.errors : {});
/** What was typed into `field` of `form` when that form was refused; else `fallback`. */
const typedIn = (refused: Refused, form: string, field: string, fallback = '') => (refused?.form === form ? (refused.typed[field] ?? fallback) : fallback);

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

function UserRowView({ page, row, refused }: { page: PageContext; row: UserRow; refused: Refused }) {
  const { t } = page;
  const u = t.users;
  const name = row.username;
  const base = `/admin/users/${encodeURIComponent(name)}`;
  const key = name.replace(/[^a-z0-9_-]/g, '_');
  const roleForm = `role:${name}`;
  const roleErrors = errorsOf(refused, roleForm);
  const passwordErrors = errorsOf(refused, `password:${name}`);
  const stateErrors = errorsOf(refused, `state:${name}`);
  return (
    <tr data-user={name} class={row.disabledAt === null ? undefined : 'is-disabled'}>
      <td>{name}</td>
      <td>
        <form method="post" action={`${base}/role`} class="row-form">
          <ErrorSummary t={t} errors={roleErrors} ids={{ role: `role-${key}` }} />
          <select id={`role-${key}`} name="role" aria-label={t.admin.roleOf(name)} {...fieldAria(`role-${key}`, roleErrors.role)}>
            {roleList.map((r) => (
              <option value={r} selected={r === typedIn(refused, roleForm, 'role', row.role)}>
                {t.admin.roles[r]}
              </option>
            ))}
          </select>
          <button type="submit" class="secondary">
            {t.admin.changeRole}
          </button>
          <FieldError id={`role-${key}`} error={roleErrors.role} />
        </form>
      </td>
      <td>{row.disabledAt === null ? u.active : u.disabledSince(when(t, row.disabledAt))}</td>
      <td>
        <ErrorSummary t={t} errors={stateErrors} ids={{ state: `state-${key}` }} />
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
        <FieldError id={`state-${key}`} error={stateErrors.state} />
        <details open={Object.keys(passwordErrors).length > 0}>
          <summary>{u.setPassword}</summary>
          <form method="post" action={`${base}/password`}>
            <ErrorSummary t={t} errors={passwordErrors} ids={{ password: `pw-${key}` }} />
            <Field id={`pw-${key}`} name="password" label={u.newPasswordFor(name)} error={passwordErrors.password} type="password" required minlength={10} maxlength={200} autocomplete="new-password" />
            <p class="hint">{u.resetHint}</p>
            <button type="submit">{u.setPassword}</button>
          </form>
        </details>
      </td>
    </tr>
  );
}

const createIds = { username: 'u-name', password: 'u-password', role: 'u-role' };

function CreateUserForm({ page, refused }: { page: PageContext; refused: Refused }) {
  const { t } = page;
  const errors = errorsOf(refused, 'create');
  return (
    <form method="post" action="/admin/users">
      <ErrorSummary t={t} errors={errors} ids={createIds} />
      <fieldset>
        <legend>{t.admin.createUser}</legend>
        <div class="grid">
          <Field id={createIds.username} name="username" label={t.admin.username} error={errors.username} required maxlength={40} autocomplete="off" value={typedIn(refused, 'create', 'username')} />
          <Field id={createIds.password} name="password" label={t.admin.password} error={errors.password} type="password" required minlength={10} autocomplete="new-password" />
          <SelectField
            id={createIds.role}
            name="role"
            label={t.admin.role}
            error={errors.role}
            value={typedIn(refused, 'create', 'role', 'volunteer')}
            options={roleList.map((r) => ({ value: r, label: t.admin.roles[r] }))}
          />
        </div>
        <SubmitRow label={t.admin.createUser} />
      </fieldset>
    </form>
  );
}
