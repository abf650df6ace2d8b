import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError } from '../../domain/errors';
import type { Catalogue } from '../../../web/i18n/catalogue';
import type { FieldErrors } from '../../../web/views/form-field';

// Refusals that name no field but belong to one.
const FIELD_OF_CODE: Record<string, string> = {
  duplicate_slug: 'slug',
  duplicate_username: 'username',
  invalid_rrule: 'rrule',
  invalid_timezone: 'timezone',
  already_closed: 'date',
  already_cancelled: 'date',
  not_an_occurrence: 'date',
  not_a_session: 'date',
  cohort_full: 'cohort',
  activity_full: 'cohort',
};

/**
 * The field errors of a refusal the person can fix in the form (a 400 or a 409), in the
 * reader's language; null for anything else (not found, forbidden, too many), which stays an
 * error page. A zod path `weekdays.0` belongs to the field `weekdays`.
 */
export function fieldErrorsOf(error: unknown, t: Catalogue, rename: Readonly<Record<string, string>> = {}): FieldErrors | null {
  if (!(error instanceof DomainError) || (error.status !== 400 && error.status !== 409)) return null;
  const byCode = t.errors.byCode as Record<string, string>;
  const errors: Record<string, string> = {};
  const listed = (error.details?.fields ?? []) as { field: string }[];
  for (const { field } of listed) {
    const first = field.split('.')[0]!;
    const name = rename[field] ?? rename[first] ?? first;
    const key = name === '(body)' ? '' : name;
    errors[key] ??= t.forms.fields[key] ?? t.forms.invalid;
  }
  if (listed.length === 0) {
    const field = FIELD_OF_CODE[error.code] ?? '';
    // Never the API's English message on a page: the catalogue's words, or the form's general one.
    errors[field] = byCode[error.code] ?? t.forms.fields[field] ?? (field ? t.forms.invalid : t.errors.badInputTitle);
  } else if (byCode[error.code] && error.code !== 'invalid_input') {
    const field = Object.keys(errors)[0]!;
    errors[field] = byCode[error.code]!;
  }
  return errors;
}

/**
 * Runs a form's action; a refusal the person can fix shows the same form again with what was
 * typed and the errors beside the fields (400 or 409), instead of an error page.
 */
export async function orFormAgain<C extends Context>(
  c: C,
  t: Catalogue,
  action: () => Promise<Response>,
  again: (errors: FieldErrors, error: DomainError) => unknown | Promise<unknown>,
  /** The form's name for a field the API names otherwise (`text.nb` → `nb`). */
  rename: Readonly<Record<string, string>> = {},
): Promise<Response> {
  try {
    return await action();
  } catch (error) {
    const errors = fieldErrorsOf(error, t, rename);
    if (!errors) throw error;
    const page = await again(errors, error as DomainError);
    return c.html(String(page), (error as DomainError).status as ContentfulStatusCode);
  }
}
