import type { Catalogue } from '../i18n/catalogue';
import { ErrorSummary, Field, type FieldErrors, SubmitRow } from './form-field';

export type SiteValues = { name: string; slug: string; address: string; timezone: string };
const siteIds = { name: 's-name', slug: 's-slug', address: 's-address', timezone: 's-timezone' };

/** A place: its name, address and zone; the slug under Advanced, made from the name when left empty. */
export function SiteForm({ t, action, v, submit, errors = {} }: { t: Catalogue; action: string; v?: Partial<SiteValues> | undefined; submit: string; errors?: FieldErrors | undefined }) {
  const f = t.forms;
  return (
    <form method="post" action={action}>
      <ErrorSummary t={t} errors={errors} ids={siteIds} />
      <div class="grid">
        <Field id={siteIds.name} name="name" label={t.forms.siteName} value={v?.name} error={errors.name} required maxlength={120} />
        <Field id={siteIds.address} name="address" label={t.admin.address} value={v?.address} error={errors.address} maxlength={500} />
        <Field id={siteIds.timezone} name="timezone" label={t.admin.timezone} value={v?.timezone || 'Europe/Oslo'} error={errors.timezone} required />
      </div>
      <details open={errors.slug !== undefined}>
        <summary>{f.advanced}</summary>
        <Field id={siteIds.slug} name="slug" label={f.slug} hint={f.slugHint} value={v?.slug} error={errors.slug} maxlength={50} pattern="[a-z0-9][a-z0-9\-]*" autocapitalize="none" spellcheck={false} />
      </details>
      <SubmitRow label={submit} />
    </form>
  );
}
