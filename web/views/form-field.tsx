import type { Catalogue } from '../i18n/catalogue';

/** What a refused form says, by field name (as the form posts it); '' holds a message for the whole form. */
export type FieldErrors = Readonly<Record<string, string>>;

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** The attributes that tie a control to its hint and its error message. */
export function fieldAria(id: string, error?: string, hint?: string, sharedHint?: string) {
  return { 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy(hint !== undefined && `${id}-hint`, sharedHint, error !== undefined && `${id}-error`) };
}

export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p class="field-error bad-text" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}

/** `sharedHint`: the id of a hint written once for several fields (both coordinates). */
type FieldProps = { id: string; label: string; hint?: string | undefined; sharedHint?: string | undefined; error?: string | undefined; name: string } & Record<string, unknown>;

/** A labelled input with its hint and, after a refused submit, its error next to it. */
export function Field({ id, label, hint, sharedHint, error, ...input }: FieldProps) {
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      {hint !== undefined ? (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <FieldError id={id} error={error} />
      <input id={id} {...input} {...fieldAria(id, error, hint, sharedHint)} />
    </div>
  );
}

/** A labelled textarea, as Field. */
export function TextareaField({ id, label, error, value, ...rest }: FieldProps & { value?: string | undefined }) {
  return (
    <div class={error ? 'field has-error' : 'field'}>
      <label for={id}>{label}</label>
      <FieldError id={id} error={error} />
      <textarea id={id} {...rest} {...fieldAria(id, error)}>
        {value ?? ''}
      </textarea>
    </div>
  );
}

/** A labelled select, as Field. */
export function SelectField(p: { id: string; label: string; name: string; value?: string | undefined; error?: string | undefined; options: readonly { value: string; label: string }[] }) {
  return (
    <div class={p.error ? 'field has-error' : 'field'}>
      <label for={p.id}>{p.label}</label>
      <FieldError id={p.id} error={p.error} />
      <select id={p.id} name={p.name} {...fieldAria(p.id, p.error)}>
        {p.options.map((o) => (
          <option value={o.value} selected={o.value === p.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * At the top of a refused form: what to fix, each item a link to its field. Focusable and a
 * live alert, so a screen reader hears it without a script moving focus.
 */
export function ErrorSummary({ t, errors, ids }: { t: Catalogue; errors: FieldErrors; ids: Readonly<Record<string, string>> }) {
  // In the form's order, as the person will meet the fields.
  const order = Object.keys(ids);
  const place = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  const items = Object.entries(errors).sort(([a], [b]) => place(a) - place(b));
  if (items.length === 0) return null;
  return (
    <div class="message bad error-summary" role="alert" tabindex={-1} autofocus aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t.forms.summaryTitle}</h2>
      <ul>
        {items.map(([field, message]) => (
          <li>{ids[field] ? <a href={`#${ids[field]}`}>{message}</a> : message}</li>
        ))}
      </ul>
    </div>
  );
}

/** A form's one submit button in its actions row; `kind` styles a secondary or a destructive one. */
export function SubmitRow({ label, kind }: { label: string; kind?: 'secondary' | 'danger' }) {
  return (
    <div class="actions">
      <button type="submit" class={kind}>
        {label}
      </button>
    </div>
  );
}
