import type { Catalogue } from '../../../web/i18n/catalogue';
import type { FieldErrors } from '../../../web/views/form-field';

/**
 * The users and account forms' errors: their own words for the password and label fields, and
 * a refusal at a field the form does not show (last admin, a whole-body refusal) put at the
 * form's first field, so every message sits next to something the person can change.
 */
export function userFormErrors(errors: FieldErrors, t: Catalogue, fields: readonly [string, ...string[]]): FieldErrors {
  const words: Record<string, string> = { newPassword: t.users.passwordRule, currentPassword: t.users.wrongPassword, label: t.users.labelRule };
  const placed: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const shown = fields.includes(field);
    placed[shown ? field : fields[0]] ??= (shown && words[field]) || message;
  }
  return placed;
}
