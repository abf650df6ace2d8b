import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api, target } = useTarget();

const year = Number(new Date().toISOString().slice(0, 4));

describe('the dates the public may ask about', () => {
  it('are within today ± 3 years: 400 out_of_range beyond, on the API and the pages', async () => {
    const site = unique('site');
    await expectJson(await api.post('/api/sites', { slug: site, name: 'Kafé' }, 'admin'), 201);
    const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 5 };
    await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
    const far = `${year + 4}-01-05`;
    const long = `${year - 4}-01-05`;
    for (const path of [
      `/api/sites/${site}/distributions/mat/slots?date=${far}`,
      `/api/bike-stops/schedule?from=${far}&to=${far}`,
      `/api/bike-stops/schedule?from=${long}&to=${long}`,
      `/api/notices?date=${far}`,
    ]) {
      const res = await api.get(path);
      expect((await expectJson(res, 400)).error.code, path).toBe('out_of_range');
    }
    expect((await target.fetch(`/bike?date=${far}`)).status).toBe(400);
    await expectJson(await api.get(`/api/sites/${site}/distributions/mat/slots?date=${year + 2}-06-01`), 200);
    await expectJson(await api.get(`/api/bike-stops/schedule?from=${year - 2}-06-01&to=${year - 2}-06-30`), 200);
  });

  it('are not bounded so for logged-in staff', async () => {
    await expectJson(await api.get(`/api/bike-stops/schedule?from=${year + 5}-01-01&to=${year + 5}-01-31`, 'staff'), 200);
  });
});
