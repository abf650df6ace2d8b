import { DateTime } from 'luxon';
import { loginCookie } from '../support/server-process';

/**
 * A site with a daily distribution, set up through the JSON API as an admin would script it,
 * and a volunteer account; the pages are then driven in the browser.
 */
export async function setUpSite(url: string) {
  const admin = await loginCookie(url);
  const call = async (method: string, path: string, body: unknown, cookie = admin) => {
    const res = await fetch(url + path, { method, headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };
  const date = DateTime.now().setZone('Europe/Oslo').plus({ days: 7 }).toISODate()!;
  await call('POST', '/api/sites', { slug: 'kafe', name: 'Kafé Hjørnet', address: 'Storgata 5, 2317 Hamar' });
  await call('POST', '/api/sites/kafe/distributions', {
    slug: 'mat',
    name: 'Matutdeling',
    rrule: 'FREQ=DAILY',
    startsOn: DateTime.now().setZone('Europe/Oslo').toISODate(),
    opens: '11:00',
    closes: '13:00',
    slotMinutes: 15,
    perSlot: 4,
  });
  const issued = await call('POST', '/api/sites/kafe/distributions/mat/tickets', { date, count: 3, strategy: 'earliest' });
  const volunteerPassword = 'volunteer-password-1';
  await call('POST', '/api/users', { username: 'frivillig', password: volunteerPassword, role: 'volunteer' });
  return { date, codes: issued.tickets.map((t: { code: string }) => t.code) as string[], volunteer: { username: 'frivillig', password: volunteerPassword } };
}
