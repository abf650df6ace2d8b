import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { onWorker, useTarget } from '../support/use-target';

// 23:30 UTC on Wednesday 10 June 2026: already Thursday in Oslo, still Wednesday evening in New York.
const NOW = Date.parse('2026-06-10T23:30:00Z');
const { api } = useTarget({ now: () => NOW });

// The clock is set only on Node (workerd keeps its own).
describe.skipIf(onWorker)("the bike page's today", () => {
  it("is each stop's own today: a Wednesday stop in New York is today there, though Oslo is on Thursday", async () => {
    const stop = { place: 'Hjørnet', startsOn: '2026-06-01', durationMinutes: 60 };
    await expectJson(await api.post('/api/bike-stops', { ...stop, slug: 'brooklyn', name: 'Brooklyn', rrule: 'FREQ=WEEKLY;BYDAY=WE', startTime: '20:00', timezone: 'America/New_York' }, 'admin'), 201);
    await expectJson(await api.post('/api/bike-stops', { ...stop, slug: 'torget', name: 'Torget', rrule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '12:00' }, 'admin'), 201);
    const html = await (await api.page('/bike?lang=en')).text();
    const today = html.slice(html.indexOf('<section aria-labelledby="today">'), html.indexOf('<h2 id="week">'));
    expect(today).toContain('Brooklyn');
    expect(today).toContain('Torget');
    // Each once this week: New York's next Wednesday and Oslo's next Thursday are 7 days on, past the week.
    const week = html.slice(html.indexOf('<h2 id="week">'));
    expect(week).not.toContain('Brooklyn');
    expect(week).not.toContain('Torget');
  });
});
