import { DomainError } from '../../domain/errors';
import type { Catalogue } from '../../../web/i18n/catalogue';
import type { Refused } from '../../../web/views/refused-form';
import type { PageCtx } from './page-env';

/** What a field's rule is, in the reader's words, for a field the schema refused. */
function fieldRule(t: Catalogue, field: string): string | undefined {
  if (field === 'password' || field === 'newPassword') return t.users.passwordRule;
  if (field === 'username') return t.users.usernameRule;
  if (field === 'currentPassword') return t.users.wrongPassword;
  return undefined;
}

/**
 * Turns a refusal (400 or 409) into the form shown again with a message next to each field;
 * anything else is thrown on to the error page. `field` takes a refusal that names no field.
 */
export function refusalOf(c: PageCtx, error: unknown, form: string, values: Record<string, string>, field: string): { refused: Refused; status: 400 | 409 } {
  if (!(error instanceof DomainError) || (error.status !== 400 && error.status !== 409)) throw error;
  const { t } = c.get('page');
  const errors: Record<string, string> = {};
  const fields = (error.details?.fields ?? []) as { field: string; message: string }[];
  for (const f of fields) {
    // A field the form does not show (a whole-body refusal) is reported at the form's main field.
    const at = f.field in values || fieldRule(t, f.field) ? f.field : field;
    errors[at] ??= fieldRule(t, f.field) ?? f.message;
  }
  if (fields.length === 0) {
    const byCode: Record<string, [string, string]> = {
      last_admin: [field, t.users.lastAdmin],
      duplicate_username: ['username', t.users.taken],
      wrong_password: ['currentPassword', t.users.wrongPassword],
    };
    const [at, message] = byCode[error.code] ?? [field, error.message];
    errors[at] = message;
  }
  return { refused: { form, values, errors }, status: error.status };
}
