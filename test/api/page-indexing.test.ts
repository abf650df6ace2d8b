import { describe, expect, it } from 'vitest';
import { en } from '../../web/i18n/en';
import { nb } from '../../web/i18n/nb';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

// What search engines are told, on both runtimes: a code's page is nobody's business, the
// public pages say what they are.
const { target, api } = useTarget();

const robotsMeta = '<meta name="robots" content="noindex"/>';

function description(html: string) {
  return /<meta name="description" content="([^"]*)"\/>/.exec(html)?.[1] ?? null;
}

async function ticketCode() {
  const site = unique('site');
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Værestedet' }, 'admin'), 201);
  const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 4 };
  await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
  const { tickets } = await expectJson(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date: nextWeekday(1), count: 1 }, 'admin'), 201);
  return tickets[0].code as string;
}

async function membershipCode() {
  const slug = unique('act');
  const body = { slug, name: `Aktivitet ${slug}`, place: 'Gymsalen', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', startTime: '18:00', durationMinutes: 60, cohorts: 1, cohortSize: 3 };
  await expectJson(await api.post('/api/activities', body, 'admin'), 201);
  return (await expectJson(await api.post(`/api/activities/${slug}/members`, {}, 'staff'), 201)).code as string;
}

describe('pages kept out of search engines', () => {
  it('marks the ticket page and the membership page noindex, in a header and a meta tag', async () => {
    for (const path of [`/t/${await ticketCode()}`, `/m/${await membershipCode()}`]) {
      const res = await target.fetch(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('x-robots-tag'), path).toBe('noindex');
      const html = await res.text();
      expect(html, path).toContain(robotsMeta);
      expect(description(html), path).toBeNull();
    }
  });

  it('lets the public pages be indexed', async () => {
    for (const path of ['/', '/bike', '/activities', '/login']) {
      const res = await target.fetch(path);
      expect(res.headers.get('x-robots-tag'), path).toBeNull();
      expect(await res.text(), path).not.toContain(robotsMeta);
    }
  });
});

describe('meta descriptions', () => {
  it('describes each public page in its language, Norwegian by default', async () => {
    const pages = { '/': 'home', '/t?code=x': 'home', '/bike': 'bike', '/activities': 'activities', '/login': 'login' } as const;
    for (const [path, key] of Object.entries(pages)) {
      const sep = path.includes('?') ? '&' : '?';
      expect(description(await (await target.fetch(path)).text()), path).toBe(nb.descriptions[key].replaceAll("'", '&#39;'));
      expect(description(await (await target.fetch(`${path}${sep}lang=en`)).text()), path).toBe(en.descriptions[key].replaceAll("'", '&#39;'));
    }
  });

  it('gives a client-only language the description of its staff language', async () => {
    const html = await (await target.fetch('/?lang=pl')).text();
    expect(html).toContain('<html lang="pl"');
    expect([nb.descriptions.home, en.descriptions.home].map((d) => d.replaceAll("'", '&#39;'))).toContain(description(html));
  });
});
