import { and, desc, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import { auditEntry, type Actor } from './audit';
import { prepared } from './prepared';
import { notices, sites } from './schema';
import type { SiteRow } from './sites';

type NoticeRow = typeof notices.$inferSelect;

function noticeView(n: NoticeRow, siteSlug: string | null) {
  return { id: n.id, site: siteSlug, text: { nb: n.textNb, en: n.textEn }, from: n.fromDate, to: n.toDate };
}

export async function createNotice(
  services: Services,
  actor: Actor,
  site: SiteRow | null,
  input: { text: { nb: string; en?: string | null }; from: string; to: string },
) {
  const [rows] = await services.store.atomic([
    services.db
      .insert(notices)
      .values({ siteId: site?.id ?? null, textNb: input.text.nb, textEn: input.text.en || null, fromDate: input.from, toDate: input.to, createdAt: services.now() })
      .returning(),
    auditEntry(services, actor, 'notice_posted', `${site?.slug ?? 'all'} ${input.from}–${input.to}`),
  ]);
  return noticeView((rows as NoticeRow[])[0]!, site?.slug ?? null);
}

// Every public page asks this, so both forms (with and without a site) are prepared once.
const inForce = (forSite: SQL | undefined) =>
  prepared((db) =>
    db
      .select({ notice: notices, siteSlug: sites.slug })
      .from(notices)
      .leftJoin(sites, eq(sites.id, notices.siteId))
      .where(and(lte(notices.fromDate, sql.placeholder('date')), gte(notices.toDate, sql.placeholder('date')), forSite))
      .orderBy(desc(notices.fromDate), desc(notices.id))
      .prepare(),
  );
const inForceForSite = inForce(or(isNull(notices.siteId), eq(notices.siteId, sql.placeholder('siteId'))));
const inForceEverywhere = inForce(isNull(notices.siteId));

/** Notices shown on `date`: the site's own and those for every site (newest first); only global ones without a site. */
export async function noticesInForce({ db }: Services, siteId: number | null, date: string) {
  const rows = siteId !== null ? await inForceForSite(db).all({ date, siteId }) : await inForceEverywhere(db).all({ date });
  return rows.map((r) => noticeView(r.notice, r.siteSlug));
}

/** Current and coming notices for the staff page. */
export async function noticesFrom({ db }: Services, date: string) {
  const rows = await db
    .select({ notice: notices, siteSlug: sites.slug })
    .from(notices)
    .leftJoin(sites, eq(sites.id, notices.siteId))
    .where(gte(notices.toDate, date))
    .orderBy(notices.fromDate, notices.id)
    .all();
  return rows.map((r) => noticeView(r.notice, r.siteSlug));
}

export async function deleteNotice(services: Services, actor: Actor, id: number) {
  const notice = await services.db.select().from(notices).where(eq(notices.id, id)).get();
  if (!notice) throw new DomainError(404, 'notice_not_found', `No notice ${id}.`);
  await services.store.atomic([
    services.db.delete(notices).where(eq(notices.id, id)).returning({ id: notices.id }),
    auditEntry(services, actor, 'notice_removed', `${notice.fromDate}–${notice.toDate}`),
  ]);
}
