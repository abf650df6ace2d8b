import { Flash } from './admin';
import { DistributionForm, type DistributionValues, type SlotPreview } from './distribution-form';
import type { FieldErrors } from './form-field';
import { Layout, type PageContext } from './layout';
import { distributionInWords } from './distribution-words';
import { SiteForm, type SiteValues } from './site-form';

type Site = { slug: string; name: string; address: string; timezone: string };
type Dist = { slug: string; name: string; opens: string; closes: string; slotMinutes: number; perSlot: number; rrule: string; startsOn: string; until: string | null };

/** The site page's forms: the new distribution as typed, and the place as typed when refused. */
export type SiteForms = {
  draft?: DistributionValues | undefined;
  previewDate?: string | undefined;
  preview?: SlotPreview;
  errors?: FieldErrors;
  site?: { values: SiteValues; errors: FieldErrors };
};

/** One place: its distributions, a form for a new one (where a new place leads), and the place's details. */
export function AdminSitePage(props: { page: PageContext; site: Site; distributions: Dist[]; forms: SiteForms & { draft: DistributionValues; previewDate: string }; flash?: string | undefined; today: string }) {
  const { t } = props.page;
  const { site, forms } = props;
  return (
    <Layout page={props.page} title={t.admin.siteTitle(site.name)}>
      <p>
        <a href="/admin">{t.admin.back}</a>
      </p>
      <h1>{t.admin.siteTitle(site.name)}</h1>
      <Flash text={props.flash} />
      <h2>{t.admin.distributions}</h2>
      {props.distributions.length === 0 ? (
        <p>{t.admin.none}</p>
      ) : (
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">{t.admin.name}</th>
              <th scope="col">{t.forms.when}</th>
              <th scope="col">{t.forms.slots}</th>
            </tr>
          </thead>
          <tbody>
            {props.distributions.map((d) => (
              <tr>
                <td>
                  <a href={`/admin/sites/${site.slug}/distributions/${d.slug}`}>{d.name}</a>
                </td>
                <td>{distributionInWords(props.page, d, site.timezone, props.today)}</td>
                <td>{t.forms.slotsOf(d.slotMinutes, d.perSlot)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="new-distribution">{t.admin.newDistribution}</h2>
      <DistributionForm
        t={t}
        action={`/admin/sites/${site.slug}/distributions`}
        values={forms.draft}
        previewDate={forms.previewDate}
        preview={forms.preview}
        errors={forms.errors}
        submitLabel={t.admin.create}
      />
      <details open={forms.site !== undefined}>
        <summary>{t.forms.changePlace}</summary>
        <SiteForm t={t} action={`/admin/sites/${site.slug}`} v={forms.site?.values ?? site} errors={forms.site?.errors} submit={t.admin.save} />
      </details>
    </Layout>
  );
}
