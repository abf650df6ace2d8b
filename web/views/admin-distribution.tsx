import { Flash } from './admin';
import { DistributionForm, type DistributionValues, type SlotPreview } from './distribution-form';
import { ErrorSummary, Field, type FieldErrors, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import { longDate } from '../i18n/time-format';

type Props = {
  page: PageContext;
  site: { slug: string; name: string; timezone: string };
  dist: { slug: string; name: string };
  forms: {
    values: DistributionValues;
    previewDate: string;
    preview?: SlotPreview | undefined;
    errors?: FieldErrors | undefined;
    closure?: { values: { date: string; reason: string }; errors: FieldErrors } | undefined;
  };
  closures: { date: string; reason: string }[];
  flash?: string | undefined;
  today: string;
};

const closureIds = { date: 'c-date', reason: 'c-reason' };

/** One distribution: change it (with a preview and a confirm step) and close days. */
export function AdminDistributionPage(p: Props) {
  const { t } = p.page;
  const base = `/admin/sites/${p.site.slug}/distributions/${p.dist.slug}`;
  const closure = p.forms.closure ?? { values: { date: '', reason: '' }, errors: {} };
  return (
    <Layout page={p.page} title={t.admin.distributionTitle(p.dist.name)}>
      <p>
        <a href={`/admin/sites/${p.site.slug}`}>{t.admin.siteTitle(p.site.name)}</a>
      </p>
      <h1>{t.admin.distributionTitle(p.dist.name)}</h1>
      <Flash text={p.flash} />
      <DistributionForm t={t} action={base} values={p.forms.values} previewDate={p.forms.previewDate} preview={p.forms.preview} errors={p.forms.errors} submitLabel={t.admin.save} />
      <h2>{t.admin.closedDays}</h2>
      {p.closures.length === 0 ? (
        <p>{t.admin.none}</p>
      ) : (
        <ul>
          {p.closures.map((c) => (
            <li>
              {longDate(t, c.date, p.site.timezone)}: {c.reason}
            </li>
          ))}
        </ul>
      )}
      <form method="post" action={`${base}/closures`}>
        <fieldset>
          <legend>{t.admin.close}</legend>
          <ErrorSummary t={t} errors={closure.errors} ids={closureIds} />
          <div class="grid">
            <Field id={closureIds.date} name="date" type="date" label={t.admin.closureDate} value={closure.values.date} error={closure.errors.date} min={p.today} required />
            <Field id={closureIds.reason} name="reason" label={t.admin.closureReason} value={closure.values.reason} error={closure.errors.reason} required maxlength={300} />
          </div>
          <SubmitRow label={t.admin.close} kind="danger" />
        </fieldset>
      </form>
    </Layout>
  );
}

/** Before a change that moves or cancels slips is saved: the numbers, and a clear yes or no. */
export function ConfirmChangePage({ page, action, values, moved, cancelled, back }: { page: PageContext; action: string; values: DistributionValues; moved: number; cancelled: number; back: string }) {
  const { t } = page;
  return (
    <Layout page={page} title={t.admin.confirmTitle} narrow>
      <h1>{t.admin.confirmTitle}</h1>
      <p class="message warn" data-testid="reflow">
        {t.admin.confirmText(moved, cancelled)}
      </p>
      <form method="post" action={action}>
        {Object.entries(values).flatMap(([name, value]) => [value].flat().map((one) => <input type="hidden" name={name} value={one} />))}
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="confirmed" value="1" />
        <div class="actions">
          <button type="submit">{t.admin.confirm}</button>
          <a class="button secondary" href={back}>
            {t.admin.cancelChange}
          </a>
        </div>
      </form>
    </Layout>
  );
}
