import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

describe("changing a place's time zone", () => {
  it('is refused while slips lie ahead (they would match no slot), and allowed once they are cancelled', async () => {
    const site = unique('site');
    await expectJson(await api.post('/api/sites', { slug: site, name: 'Kafé' }, 'admin'), 201);
    const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 5 };
    await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
    const issued = await expectJson<{ tickets: { code: string }[] }>(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date: nextWeekday(2) }, 'staff'), 201);
    const refused = await api.patch(`/api/sites/${site}`, { timezone: 'Europe/London' }, 'admin');
    expect((await expectJson(refused, 409)).error.code).toBe('tickets_ahead');
    // Other changes, and the same zone again, are fine.
    await expectJson(await api.patch(`/api/sites/${site}`, { name: 'Kafé Ørnen', timezone: 'Europe/Oslo' }, 'admin'), 200);
    await expectJson(await api.post(`/api/tickets/${issued.tickets[0]!.code}/status`, { status: 'cancelled' }, 'staff'), 200);
    expect((await expectJson(await api.patch(`/api/sites/${site}`, { timezone: 'Europe/London' }, 'admin'), 200)).timezone).toBe('Europe/London');
  });
});
