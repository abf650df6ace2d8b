import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

// Next year: within the three years either way that the public may ask about.
const Y = new Date().getUTCFullYear() + 1;

const { api } = useTarget();

async function site() {
  const slug = unique('site');
  await expectJson(await api.post('/api/sites', { slug, name: 'Stasjonen' }, 'admin'), 201);
  return slug;
}

const inForce = async (query: string) => (await expectJson(await api.get(`/api/notices?${query}`), 200)).notices as any[];

describe('notices', () => {
  it("shows a site's own notices and those for every site, between their dates", async () => {
    const here = await site();
    const elsewhere = await site();
    const global = await expectJson(await api.post('/api/notices', { text: { nb: 'Husk munnbind', en: 'Remember face masks' }, from: `${Y}-03-01`, to: `${Y}-03-31` }, 'staff'), 201);
    const local = await expectJson(await api.post('/api/notices', { site: here, text: { nb: 'Stengt fredag' }, from: `${Y}-03-10`, to: `${Y}-03-14` }, 'staff'), 201);
    expect(local).toMatchObject({ site: here, text: { nb: 'Stengt fredag', en: null }, from: `${Y}-03-10`, to: `${Y}-03-14` });

    const ids = (notices: any[]) => notices.map((n) => n.id).filter((id) => id === global.id || id === local.id);
    expect(ids(await inForce(`site=${here}&date=${Y}-03-12`))).toEqual([local.id, global.id]);
    expect(ids(await inForce(`site=${here}&date=${Y}-03-14`))).toEqual([local.id, global.id]);
    expect(ids(await inForce(`site=${here}&date=${Y}-03-15`))).toEqual([global.id]);
    expect(ids(await inForce(`site=${elsewhere}&date=${Y}-03-12`))).toEqual([global.id]);
    expect(ids(await inForce(`date=${Y}-03-12`))).toEqual([global.id]);
    expect(ids(await inForce(`site=${here}&date=${Y}-04-01`))).toEqual([]);
    expect((await inForce(`site=${here}&date=${Y}-03-01`)).find((n) => n.id === global.id).text).toEqual({ nb: 'Husk munnbind', en: 'Remember face masks' });
  });

  it('can be taken down', async () => {
    const created = await expectJson(await api.post('/api/notices', { text: { nb: 'Midlertidig' }, from: `${Y}-05-01`, to: `${Y}-05-02` }, 'staff'), 201);
    expect((await api.delete(`/api/notices/${created.id}`, 'staff')).status).toBe(204);
    expect((await inForce(`date=${Y}-05-01`)).some((n) => n.id === created.id)).toBe(false);
    expect((await api.delete(`/api/notices/${created.id}`, 'staff')).status).toBe(404);
  });

  it('refuses bad input, an unknown site and anyone below staff', async () => {
    const body = { text: { nb: 'Tekst' }, from: `${Y}-03-01`, to: `${Y}-03-31` };
    expect((await api.post('/api/notices', { ...body, to: `${Y}-02-01` }, 'staff')).status).toBe(400);
    expect((await api.post('/api/notices', { ...body, text: { nb: '' } }, 'staff')).status).toBe(400);
    expect((await api.post('/api/notices', { ...body, text: { en: 'Only English' } }, 'staff')).status).toBe(400);
    expect((await api.post('/api/notices', { ...body, site: unique('nosite') }, 'staff')).status).toBe(404);
    expect((await api.post('/api/notices', body, 'volunteer')).status).toBe(403);
    expect((await api.post('/api/notices', body, null)).status).toBe(401);
    expect((await api.get(`/api/notices?date=${Y}-13-01`)).status).toBe(400);
    expect((await api.get(`/api/notices?site=${unique('nosite')}`)).status).toBe(404);
  });
});
