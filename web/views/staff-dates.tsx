import { Flash } from './admin';
import type { FieldErrors } from './form-field';
import { Layout, type PageContext } from './layout';
import { CancelDates, type DateRow } from './schedule-fields';

/** A refused cancellation shown again: what was typed and what to fix. */
export type CancelRefused = { values: { date: string; reason: string }; errors: FieldErrors };

type Props = { page: PageContext; name: string; base: string; back: string; zone: string; cancelled: DateRow[]; cancellable: string[]; flash?: string | undefined; refused?: CancelRefused | undefined };

/** Staff cancel single dates of a bike stop or an activity, with a reason, and undo it. */
export function StaffDatesPage(p: Props) {
  const { t } = p.page;
  return (
    <Layout page={p.page} title={t.users.dates.title(p.name)}>
      <h1>{t.users.dates.title(p.name)}</h1>
      <Flash text={p.flash} />
      <CancelDates t={t} base={p.base} zone={p.zone} cancelled={p.cancelled} cancellable={p.cancellable} refused={p.refused} />
      <p>
        <a href={p.back}>{t.users.dates.back}</a>
      </p>
    </Layout>
  );
}
