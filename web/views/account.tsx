import { Flash } from './admin';
import { Layout, type PageContext } from './layout';
import { FieldError, invalidAttrs, type Refused } from './refused-form';
import { TokenTable, type TokenRow } from './token-table';

type Props = { page: PageContext; tokens: TokenRow[]; flash?: string; refused?: Refused; newToken?: string };

/** Anyone logged in: change one's own password, and one's own API tokens. */
export function AccountPage({ page, tokens, flash, refused, newToken }: Props) {
  const { t, user } = page;
  const u = t.users;
  return (
    <Layout page={page} title={u.accountTitle} narrow>
      <h1>{u.accountTitle}</h1>
      {user ? <p>{u.loggedInAs(user.username, t.admin.roles[user.role])}</p> : null}
      <Flash text={flash} />
      <form method="post" action="/account/password">
        <fieldset>
          <legend>{u.changePassword}</legend>
          <label for="current-password">{u.currentPassword}</label>
          <input id="current-password" name="currentPassword" type="password" required autocomplete="current-password" {...invalidAttrs(refused, 'password', 'currentPassword', 'current-password')} />
          <FieldError refused={refused} form="password" field="currentPassword" id="current-password" />
          <label for="new-password">{u.newPassword}</label>
          <input id="new-password" name="newPassword" type="password" required minlength={10} maxlength={200} autocomplete="new-password" {...invalidAttrs(refused, 'password', 'newPassword', 'new-password')} />
          <FieldError refused={refused} form="password" field="newPassword" id="new-password" />
          <div class="actions">
            <button type="submit">{u.changePassword}</button>
          </div>
        </fieldset>
      </form>
      <h2>{u.tokens}</h2>
      <p>{u.tokensIntro}</p>
      {newToken ? (
        <p class="message ok" role="status">
          {u.tokenShownOnce} <code class="code-text">{newToken}</code>
        </p>
      ) : null}
      <TokenTable t={t} tokens={tokens} revokeBase="/account/tokens" showOwner={false} />
      <form method="post" action="/account/tokens">
        <fieldset>
          <legend>{u.newToken}</legend>
          <label for="token-label">{u.label}</label>
          <input id="token-label" name="label" required maxlength={100} {...invalidAttrs(refused, 'token', 'label', 'token-label')} />
          <FieldError refused={refused} form="token" field="label" id="token-label" />
          <div class="actions">
            <button type="submit" class="secondary">
              {u.makeToken}
            </button>
          </div>
        </fieldset>
      </form>
    </Layout>
  );
}
