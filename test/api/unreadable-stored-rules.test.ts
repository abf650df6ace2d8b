import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { unique } from '../support/target';
import { onWorker, useTarget } from '../support/use-target';

const { target, api } = useTarget();

// An older version accepted rules this one refuses to read (BYWEEKNO, plain and numbered weekdays
// mixed). Such a rule, still in the database, must cost only its own schedule, and staff must see
// why it is missing; no page that lists schedules may fail for it. Written straight into the
// database, so only on Node (the worker's D1 is reached only through the app).
describe.skipIf(onWorker)('a stored rule this version cannot read', () => {
  it('leaves every schedule page working, the other schedules shown, and tells staff to choose its days again', async () => {
    const stop = (slug: string) => ({ slug, name: `Stopp ${slug}`, place: 'Torget', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU', startsOn: '2026-01-01', startTime: '12:00', durationMinutes: 60 });
    const [old, kept] = [unique('old'), unique('kept')];
    for (const slug of [old, kept]) await expectJson(await api.post('/api/bike-stops', stop(slug), 'admin'), 201);
    const { site } = await api.siteWithDistribution();
    const activity = unique('act');
    await expectJson(await api.post('/api/activities', { slug: activity, name: 'Kurs', rrule: 'FREQ=WEEKLY;BYDAY=WE', startsOn: '2026-01-01', startTime: '12:00', durationMinutes: 60, cohorts: 1, cohortSize: 5 }, 'admin'), 201);

    const { db } = target.services!;
    await db.run(sql`update bike_stops set rrule = 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO' where slug = ${old}`);
    await db.run(sql`update activities set rrule = 'FREQ=MONTHLY;BYDAY=1MO,FR' where slug = ${activity}`);
    await db.run(sql`update distributions set rrule = 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO' where slug = 'mat' and site_id = (select id from sites where slug = ${site})`);

    const { occurrences } = await expectJson<{ occurrences: { stop: string }[] }>(await api.get('/api/bike-stops/schedule'), 200);
    expect(occurrences.some((o) => o.stop === kept)).toBe(true);
    expect(occurrences.some((o) => o.stop === old)).toBe(false);
    for (const path of ['/bike', '/activities', '/']) expect((await api.page(path)).status, path).toBe(200);
    for (const path of ['/staff', '/staff/reports', '/admin/bike-stops', `/admin/bike-stops/${old}`, `/admin/activities/${activity}`, `/admin/sites/${site}`, `/admin/sites/${site}/distributions/mat`]) {
      expect((await api.page(path, 'admin')).status, path).toBe(200);
    }
    const list = await (await api.page('/admin/bike-stops?lang=en', 'admin')).text();
    expect(list).toContain('This schedule can no longer be read and is shown nowhere. Open it and choose the days again.');
    // Issuing on its distribution says it is not open, not a 400 about a rule nobody typed today.
    const refused = await expectJson(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date: '2027-05-17' }, 'staff'), 409);
    expect(refused.error.code).toBe('not_open');
  });
});
