import { Flash, SiteForm } from './admin';
import { DistributionForm, type DistributionValues, type SlotPreview } from './distribution-form';
import { Layout, type PageContext } from './layout';

type Site = { slug: string; name: string; address: string; timezone: string };
type Dist = { slug: string; name: string; opens: string; closes: string; slotMinutes: number; perSlot: number; rrule: string };

/** One place: its details, its distributions and a form for a new one. */
export function AdminSitePage(props: {
  page: PageContext;
  site: Site;
  distributions: Dist[];
  draft: DistributionValues;
  previewDate: string;
  preview?: SlotPreview;
  flash?: string;
}) {
  const { t } = props.page;
  const { site } = props;
  return (
    <Layout page={props.page} title={t.admin.siteTitle(site.name)}>
      <p>
        <a href="/admin">{t.admin.back}</a>
      </p>
      <h1>{t.admin.siteTitle(site.name)}</h1>
      <Flash text={props.flash} />
      <SiteForm t={t} action={`/admin/sites/${site.slug}`} site={site} submit={t.admin.save} />
      <h2>{t.admin.distributions}</h2>
      {props.distributions.length === 0 ? (
        <p>{t.admin.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.admin.name}</th>
              <th scope="col">{t.admin.rrule}</th>
              <th scope="col">
                {t.admin.opens} – {t.admin.closes}
              </th>
              <th scope="col" class="num">
                {t.admin.perSlot}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.distributions.map((d) => (
              <tr>
                <td>
                  <a href={`/admin/sites/${site.slug}/distributions/${d.slug}`}>{d.name}</a>
                </td>
                <td>
                  <code>{d.rrule}</code>
                </td>
                <td>
                  {d.opens}–{d.closes} / {d.slotMinutes} min
                </td>
                <td class="num">{d.perSlot}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 id="new-distribution">{t.admin.newDistribution}</h2>
      <DistributionForm
        t={t}
        action={`/admin/sites/${site.slug}/distributions`}
        values={props.draft}
        previewDate={props.previewDate}
        preview={props.preview}
        submitLabel={t.admin.create}
      />
    </Layout>
  );
}
