import type { Catalogue } from '../i18n/catalogue';
import { clock } from './time-format';

export type DistributionValues = {
  slug: string;
  name: string;
  rrule: string;
  startsOn: string;
  until: string;
  opens: string;
  closes: string;
  slotMinutes: string;
  perSlot: string;
};

export type SlotPreview = { date: string; slots: readonly { start: number; end: number }[]; zone: string };

/**
 * A distribution's fields as a form. Two buttons: "preview" re-renders with the day's slots and
 * saves nothing; "save" saves (after a confirm step when tickets would move).
 */
export function DistributionForm(props: { t: Catalogue; action: string; values: DistributionValues; previewDate: string; preview?: SlotPreview; submitLabel: string }) {
  const { t, values: v } = props;
  const field = (name: keyof DistributionValues, label: string, type = 'text', extra: Record<string, string | number> = {}) => (
    <div>
      <label for={`d-${name}`}>{label}</label>
      <input id={`d-${name}`} name={name} type={type} value={v[name]} {...extra} />
    </div>
  );
  return (
    <form method="post" action={props.action}>
      <div class="grid">
        {field('name', t.admin.name, 'text', { required: 'required', maxlength: 120 })}
        {field('slug', t.admin.slug, 'text', { required: 'required', pattern: '[a-z0-9][a-z0-9\\-]*', maxlength: 50 })}
        {field('startsOn', t.admin.startsOn, 'date', { required: 'required' })}
        {field('until', t.admin.until, 'date')}
        {field('opens', t.admin.opens, 'time', { required: 'required' })}
        {field('closes', t.admin.closes, 'time', { required: 'required' })}
        {field('slotMinutes', t.admin.slotMinutes, 'number', { required: 'required', min: 5, max: 240 })}
        {field('perSlot', t.admin.perSlot, 'number', { required: 'required', min: 1, max: 1000 })}
      </div>
      <label for="d-rrule">
        {t.admin.rrule}
        <span class="hint" id="rrule-hint">
          {t.admin.rruleHelp}
        </span>
      </label>
      <input id="d-rrule" name="rrule" value={v.rrule} required maxlength={500} aria-describedby="rrule-hint" />
      <label for="d-preview-date">{t.admin.previewDate}</label>
      <input id="d-preview-date" name="previewDate" type="date" value={props.previewDate} />
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
