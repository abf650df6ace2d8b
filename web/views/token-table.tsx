import type { Catalogue } from '../i18n/catalogue';
import { clock, longDate } from '../i18n/time-format';

export type TokenRow = { id: string; username: string; label: string | null; createdAt: number; lastUsedAt: number | null };

const ZONE = 'Europe/Oslo';

export function when(t: Catalogue, ms: number) {
  return `${longDate(t, ms, ZONE, 'medium')} ${clock(t, ms, ZONE)}`;
}

/** API tokens with their last use and a revoke button each; `revokeBase` is where the buttons post. */
export function TokenTable({ t, tokens, revokeBase, showOwner }: { t: Catalogue; tokens: TokenRow[]; revokeBase: string; showOwner: boolean }) {
  const u = t.users;
  if (tokens.length === 0) return <p class="muted">{u.noTokens}</p>;
  return (
    <table class="tokens">
      <thead>
        <tr>
          {showOwner ? <th scope="col">{u.owner}</th> : null}
          <th scope="col">{u.label}</th>
          <th scope="col">{u.tokenId}</th>
          <th scope="col">{u.createdAt}</th>
          <th scope="col">{u.lastUsed}</th>
          <th scope="col">{u.actions}</th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((k) => (
          <tr data-token={k.id}>
            {showOwner ? <td>{k.username}</td> : null}
            <td>{k.label}</td>
            <td class="code-text">{k.id}</td>
            <td>{when(t, k.createdAt)}</td>
            <td>{k.lastUsedAt === null ? u.never : when(t, k.lastUsedAt)}</td>
            <td>
              <form method="post" action={`${revokeBase}/${k.id}/revoke`}>
                <button type="submit" class="secondary" aria-label={u.revokeLabel(k.label ?? k.id)}>
                  {u.revoke}
                </button>
              </form>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
