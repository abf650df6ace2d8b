import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

const schedule = { rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-05', startTime: '10:00', durationMinutes: 60 };

async function created(path: string, body: Record<string, unknown>): Promise<string> {
  return (await expectJson<{ slug: string }>(await api.post(path, body, 'admin'), 201)).slug;
}

describe('slugs derived from the name', () => {
  it('gives a site without a slug one made from its name, then the next free one', async () => {
    expect(await created('/api/sites', { name: 'Kafé Ørnen' })).toBe('kafe-ornen');
    expect(await created('/api/sites', { name: 'Kafé  ørnen!' })).toBe('kafe-ornen-2');
    expect(await created('/api/sites', { name: 'Kafe Ornen' })).toBe('kafe-ornen-3');
  });

  it('keeps a slug that is given, and refuses a taken one with 409', async () => {
    const slug = unique('given');
    expect(await created('/api/sites', { slug, name: 'Kafé Ørnen' })).toBe(slug);
    expect((await api.post('/api/sites', { slug, name: 'Again' }, 'admin')).status).toBe(409);
  });

  it('makes distribution slugs unique within their site only', async () => {
    const a = await created('/api/sites', { slug: unique('site'), name: 'A' });
    const b = await created('/api/sites', { slug: unique('site'), name: 'B' });
    const dist = { name: 'Kafé Ørnen', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-05', opens: '10:00', closes: '12:00', slotMinutes: 10, perSlot: 3 };
    expect(await created(`/api/sites/${a}/distributions`, dist)).toBe('kafe-ornen');
    expect(await created(`/api/sites/${a}/distributions`, dist)).toBe('kafe-ornen-2');
    expect(await created(`/api/sites/${b}/distributions`, dist)).toBe('kafe-ornen');
  });

  it('derives bike stop and activity slugs the same way', async () => {
    const stop = { name: 'Kafé Ørnen', place: 'Torget', ...schedule };
    expect(await created('/api/bike-stops', stop)).toBe('kafe-ornen');
    expect(await created('/api/bike-stops', stop)).toBe('kafe-ornen-2');
    const activity = { name: 'Kafé Ørnen', ...schedule, cohorts: 2, cohortSize: 4 };
    expect(await created('/api/activities', activity)).toBe('kafe-ornen');
    expect(await created('/api/activities', activity)).toBe('kafe-ornen-2');
  });

  it('falls back to a word when the name has no letters to write in Latin', async () => {
    expect(await created('/api/sites', { name: 'مقهى' })).toMatch(/^site(-\d+)?$/);
  });
});
