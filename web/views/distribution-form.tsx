import type { Catalogue } from '../i18n/catalogue';
import { ErrorSummary, Field, type FieldErrors } from './form-field';
import { AdvancedFields, OpeningDays, openingDayIds, type OpeningDayValues } from './opening-days';
import { clock } from '../i18n/time-format';

export type DistributionValues = OpeningDayValues & {
  slug: string;
  name: string;
  opens: string;
  closes: string;
  slotMinutes: string;
  perSlot: string;
};

export type SlotPreview = { date: string; slots: readonly { start: number; end: number }[]; zone: string };

/** The ids of the distribution form's fields, by the names it posts. */
const distributionIds = {
  name: 'd-name',
  ...openingDayIds('d'),
  opens: 'd-opens',
  closes: 'd-closes',
  slotMinutes: 'd-slotMinutes',
  perSlot: 'd-perSlot',
  slug: 'd-slug',
  previewDate: 'd-preview-date',
};

/**
 * A distribution's fields as a form. Two buttons: "preview" re-renders with the day's slots and
 * saves nothing; "save" saves (after a confirm step when tickets would move).
 */
export function DistributionForm(props: {
  t: Catalogue;
  action: string;
  values: DistributionValues;
  previewDate: string;
  preview?: SlotPreview | undefined;
  submitLabel: string;
  errors?: FieldErrors | undefined;
}) {
  const { t, values: v } = props;
  const errors = props.errors ?? {};
  const field = (name: 'name' | 'opens' | 'closes' | 'slotMinutes' | 'perSlot', label: string, type: string, extra: Record<string, string | number>) => (
    <Field id={distributionIds[name]} name={name} type={type} label={label} value={v[name]} error={errors[name]} {...extra} />
  );
  return (
    <form method="post" action={props.action}>
      <ErrorSummary t={t} errors={errors} ids={distributionIds} />
      {field('name', t.forms.distributionName, 'text', { required: 'required', maxlength: 120 })}
      <OpeningDays t={t} v={v} id="d" errors={errors} />
      <div class="grid">
        {field('opens', t.admin.opens, 'time', { required: 'required' })}
        {field('closes', t.admin.closes, 'time', { required: 'required' })}
        {field('slotMinutes', t.admin.slotMinutes, 'number', { required: 'required', min: 5, max: 240, inputmode: 'numeric' })}
        {field('perSlot', t.admin.perSlot, 'number', { required: 'required', min: 1, max: 1000, inputmode: 'numeric' })}
      </div>
      <AdvancedFields t={t} id="d" rrule={v.rrule} slug={v.slug} errors={errors} />
      <Field id={distributionIds.previewDate} name="previewDate" type="date" label={t.admin.previewDate} value={props.previewDate} error={errors.previewDate} />
      <div class="actions">
        <button type="submit" name="intent" value="save">
          {props.submitLabel}
        </button>
        <button type="submit" name="intent" value="preview" class="secondary" formnovalidate>
          {t.admin.preview}
        </button>
      </div>
      {props.preview ? (
        <section aria-labelledby="preview-title" class="message">
          <h3 id="preview-title">{t.admin.previewTitle(props.preview.date)}</h3>
          {props.preview.slots.length === 0 ? (
            <p>{t.admin.previewNone}</p>
          ) : (
            <p data-testid="preview">
              {props.preview.slots.map((s) => `${clock(t, s.start, props.preview!.zone)}–${clock(t, s.end, props.preview!.zone)}`).join(' · ')}
            </p>
          )}
        </section>
      ) : null}
    </form>
  );
}
