import type { Catalogue } from '../i18n/catalogue';
import { SubmitRow } from './form-field';

export type Choice = { slug: string; name: string };

/**
 * The site / distribution / day chooser shared by the staff and volunteer pages: a GET form,
 * so it works without script and the choice lives in a link that can be bookmarked.
 */
export function SitePicker(props: {
  t: Catalogue;
  action: string;
  sites: Choice[];
  site: string;
  distributions?: Choice[];
  dist?: string;
  date: string;
}) {
  const { t } = props;
  return (
    <form method="get" action={props.action} class="picker no-print">
      <div class="grid">
        <div>
          <label for="pick-site">{t.staff.site}</label>
          <select id="pick-site" name="site">
            {props.sites.map((s) => (
              <option value={s.slug} selected={s.slug === props.site}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        {props.distributions ? (
          <div>
            <label for="pick-dist">{t.staff.distribution}</label>
            <select id="pick-dist" name="dist">
              {props.distributions.map((d) => (
                <option value={d.slug} selected={d.slug === props.dist}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label for="pick-date">{t.staff.date}</label>
          <input id="pick-date" name="date" type="date" value={props.date} required />
        </div>
      </div>
      <SubmitRow label={t.staff.choose} kind="secondary" />
    </form>
  );
}
