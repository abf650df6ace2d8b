import { Flash } from './admin';
import { ErrorSummary, Field, type FieldErrors, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import { TokenTable, type TokenRow } from './token-table';

/** A refused form shown again: which one, what was typed (never a password), what to fix. */
export type AccountRefused = { form: 'password' | 'token'; typed: Record<string, string>; errors: FieldErrors };

type Props = { page: PageContext; tokens: TokenRow[]; flash?: string | undefined; refused?: AccountRefused | undefined; newToken?: string | undefined };

const passwordIds = { currentPassword: 'current-password', newPassword: 'new-password' };
const tokenIds = { label: 'token-label' };

/** Anyone logged in: change one's own password, and one's own API tokens. */
export function AccountPage({ page, tokens, flash, refused, newToken }: Props) {
  const { t, user } = page;
  const u = t.users;
  const passwordErrors = refused?.form === 'password' ? refused.errors : {};
  const tokenErrors = refused?.form === 'token' ? refused.errors : {};
  return (
    <Layout page={page} title={u.accountTitle} narrow>
      <h1>{u.accountTitle}</h1>
      {user ? <p>{u.loggedInAs(user.username, t.admin.roles[user.role])}</p> : null}
      <Flash text={flash} />
      <form method="post" action="/account/password">
        <ErrorSummary t={t} errors={passwordErrors} ids={passwordIds} />
        <fieldset>
          <legend>{u.changePassword}</legend>
          <Field id={passwordIds.currentPassword} name="currentPassword" label={u.currentPassword} error={passwordErrors.currentPassword} type="password" required autocomplete="current-password" />
          <Field id={passwordIds.newPassword} name="newPassword" label={u.newPassword} error={passwordErrors.newPassword} type="password" required minlength={10} maxlength={200} autocomplete="new-password" />
          <SubmitRow label={u.changePassword} />
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
        <ErrorSummary t={t} errors={tokenErrors} ids={tokenIds} />
        <fieldset>
          <legend>{u.newToken}</legend>
          <Field id={tokenIds.label} name="label" label={u.label} error={tokenErrors.label} required maxlength={100} value={refused?.form === 'token' ? refused.typed.label : undefined} />
          <SubmitRow label={u.makeToken} kind="secondary" />
        </fieldset>
      </form>
    </Layout>
  );
}
