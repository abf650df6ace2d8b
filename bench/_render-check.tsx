import { writeFileSync } from 'node:fs';
import { catalogues } from '../web/i18n/catalogue';
import { VolunteerPage } from '../web/views/volunteer';
const statuses = ['booked', 'picked_up', 'no_show', 'cancelled', 'booked'] as const;
const base = Date.parse('2026-12-01T08:00:00Z');
const slots = Array.from({ length: 48 }, (_, k) => ({
  start: new Date(base + k * 15 * 60000).toISOString().replace('.000Z', '+00:00'),
  end: new Date(base + (k + 1) * 15 * 60000).toISOString().replace('.000Z', '+00:00'),
  capacity: 50,
  tickets: Array.from({ length: k % 7 === 3 ? 0 : 42 }, (_, n) => ({ code: `AB${k}-${n}X`, status: statuses[(k + n) % 5]!, note: n % 9 === 1 ? `note <b>"x" & 'y'</b> ${n}` : null })),
}));
const list = { date: '2026-12-01', distributions: [{ slug: 'food', name: 'Food & <stuff>', closed: { reason: 'snow "storm"' }, slots }, { slug: 'two', name: 'Two', closed: null, slots: slots.slice(0, 5) }], totals: { booked: 1, picked_up: 2, no_show: 3, cancelled: 4 } };
const out: string[] = [];
for (const lang of ['nb', 'en'] as const) {
  const page = { lang, t: catalogues[lang], user: { username: 'vol', role: 'volunteer' as const }, otherLangs: [] };
  const el = VolunteerPage({ page, sites: [{ slug: 's', name: 'S' }], site: { slug: 's', name: 'Site', timezone: 'Europe/Oslo' }, list: list as never, nowMs: base + 20 * 60000 });
  out.push(String(await (el as any).toString()));
}
const t0 = performance.now();
for (let i = 0; i < 20; i++) {
  const page = { lang: 'nb' as const, t: catalogues.nb, user: null, otherLangs: [] };
  await (VolunteerPage({ page, sites: [], site: { slug: 's', name: 'Site', timezone: 'Europe/Oslo' }, list: list as never, nowMs: base }) as any).toString();
}
console.log('render ms', ((performance.now() - t0) / 20).toFixed(2), 'tickets', slots.reduce((a, s) => a + s.tickets.length, 0) + 5 * 42);
writeFileSync(process.argv[2]!, out.join('\n=====\n'));
