/**
 * A form the server refused, shown again: which form, what was typed (never a password) and a
 * message per field. Kept small and local until the shared form helper lands.
 */
export type Refused = { form: string; values: Record<string, string>; errors: Record<string, string> };

/** The attributes that tie an input to its message: `aria-invalid` and `aria-describedby`. */
export function invalidAttrs(refused: Refused | undefined, form: string, field: string, id: string) {
  const message = refused?.form === form ? refused.errors[field] : undefined;
  return message ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}-error` } : {};
}

/** What was typed into `field` of `form`, when that form was refused; else `fallback`. */
export function typed(refused: Refused | undefined, form: string, field: string, fallback = '') {
  return refused?.form === form ? (refused.values[field] ?? fallback) : fallback;
}

/** The message next to a field, with the id its input points to. */
export function FieldError({ refused, form, field, id }: { refused?: Refused; form: string; field: string; id: string }) {
  const message = refused?.form === form ? refused.errors[field] : undefined;
  return message ? (
    <span class="bad-text field-error" id={`${id}-error`}>
      {message}
    </span>
  ) : null;
}
