import { REPEATS, WEEKDAYS } from '../../src/domain/recurrence/weekly-pattern';
import type { Catalogue } from '../i18n/catalogue';
import { Field, FieldError, fieldAria, SelectField, type FieldErrors } from './form-field';

/** Which days, as the boxes show them; `rrule` is the Advanced text, filled only for a rule the boxes cannot say. */
export type OpeningDayValues = { weekdays: readonly string[]; repeat: string; rrule: string; startsOn: string; until: string };

/** The ids of the fields, by the names the form posts: for `for=`, the error summary's links and the tests. */
export function openingDayIds(id: string): Record<keyof OpeningDayValues, string> {
  return { weekdays: `${id}-wd-${WEEKDAYS[0]}`, repeat: `${id}-repeat`, startsOn: `${id}-startsOn`, until: `${id}-until`, rrule: `${id}-rrule` };
}

/** Weekday boxes, how often, and the dates: opening days without an RRULE. */
export function OpeningDays({ t, v, id, errors }: { t: Catalogue; v: OpeningDayValues; id: string; errors: FieldErrors }) {
  const f = t.forms;
  const ids = openingDayIds(id);
  const boxesError = errors.weekdays;
  return (
    <>
      <fieldset class={boxesError ? 'has-error' : undefined}>
        <legend>{f.weekdays}</legend>
        <FieldError id={`${id}-wd`} error={boxesError} />
        <div class="checks">
          {WEEKDAYS.map((d, i) => (
            <label class="radio" for={`${id}-wd-${d}`}>
              <input type="checkbox" id={`${id}-wd-${d}`} name="weekdays" value={d} checked={v.weekdays.includes(d)} {...fieldAria(`${id}-wd`, boxesError)} />
              {f.weekdayNames[i]}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="grid">
        <SelectField id={ids.repeat} name="repeat" label={f.repeat} value={v.repeat} error={errors.repeat} options={REPEATS.map((r) => ({ value: r, label: f.repeats[r] }))} />
        <Field id={ids.startsOn} name="startsOn" type="date" label={f.startsOn} value={v.startsOn} error={errors.startsOn} required />
        <Field id={ids.until} name="until" type="date" label={f.until} value={v.until} error={errors.until} />
      </div>
    </>
  );
}

/**
 * The fields few need: an own RRULE (it wins over the boxes, as its hint says) and the slug
 * (made from the name when empty). Open when either holds something the boxes cannot show.
 */
export function AdvancedFields({ t, id, rrule, slug, errors, slugEditable = true }: { t: Catalogue; id: string; rrule: string; slug?: string; errors: FieldErrors; slugEditable?: boolean }) {
  const f = t.forms;
  const open = rrule !== '' || errors.rrule !== undefined || errors.slug !== undefined;
  return (
    <details open={open}>
      <summary>{f.advanced}</summary>
      <Field id={`${id}-rrule`} name="rrule" label={f.rrule} hint={f.rruleHint} value={rrule} error={errors.rrule} maxlength={500} spellcheck={false} autocapitalize="characters" />
      {slug !== undefined && slugEditable ? (
        <Field id={`${id}-slug`} name="slug" label={f.slug} hint={f.slugHint} value={slug} error={errors.slug} maxlength={50} pattern="[a-z0-9][a-z0-9\-]*" autocapitalize="none" spellcheck={false} />
      ) : null}
    </details>
  );
}
