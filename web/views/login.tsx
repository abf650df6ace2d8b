import { Layout, type PageContext } from './layout';
import { SubmitRow } from './form-field';

export function LoginPage({ page, next, error, username }: { page: PageContext; next: string; error?: string; username?: string }) {
  const { t } = page;
  return (
    <Layout page={page} title={t.login.title} description={t.descriptions.login} narrow>
      <h1>{t.login.title}</h1>
      {error ? (
        <p class="message bad" role="alert" id="login-error">
          {error}
        </p>
      ) : null}
      <form method="post" action="/login">
        <input type="hidden" name="next" value={next} />
        <label for="username">{t.login.username}</label>
        <input id="username" name="username" autocomplete="username" value={username} required autofocus={!username} />
        <label for="password">{t.login.password}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required autofocus={!!username} />
        <SubmitRow label={t.login.submit} />
      </form>
    </Layout>
  );
}
