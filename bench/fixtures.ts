import { DateTime } from 'luxon';

/** The data each scenario needs, made over HTTP through the real routes. */
export class Fixtures {
  constructor(
    readonly url: string,
    readonly cookie: string,
  ) {}

  static async login(url: string, password: string) {
    const res = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    return new Fixtures(url, res.headers.get('set-cookie')!.split(';')[0]!);
  }

  async call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
    const res = await fetch(this.url + path, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // a page, not JSON
    }
    return { status: res.status, json };
  }

  async must(method: string, path: string, body: unknown, status: number) {
    const res = await this.call(method, path, body);
    if (res.status !== status) throw new Error(`${method} ${path} gave ${res.status}, wanted ${status}: ${JSON.stringify(res.json)}`);
    return res.json;
  }

  /** A site with one daily distribution of 48 quarter-hour slots of `perSlot` each. */
  async siteWithDistribution(slug: string, perSlot: number) {
    await this.must('POST', '/api/sites', { slug, name: `Bench ${slug}`, address: 'Torggata 1' }, 201);
    await this.must(
      'POST',
      `/api/sites/${slug}/distributions`,
      { slug: 'food', name: 'Food', rrule: 'FREQ=DAILY', startsOn: today(), opens: '08:00', closes: '20:00', slotMinutes: 15, perSlot },
      201,
    );
    return { site: slug, dist: 'food' };
  }

  /** Issues `total` tickets on one day in batches of 500 and returns their codes. */
  async fillDay(site: string, dist: string, date: string, total: number): Promise<string[]> {
    const codes: string[] = [];
    for (let left = total; left > 0; left -= 500) {
      const body = await this.must('POST', `/api/sites/${site}/distributions/${dist}/tickets`, { date, count: Math.min(500, left) }, 201);
      codes.push(...body.tickets.map((t: { code: string }) => t.code));
    }
    return codes;
  }

  /** True when GET `path` answers 200 with our cookie: the route exists and works. */
  async answers(path: string) {
    return (await this.call('GET', path)).status === 200;
  }

  /** Bike stops covering every weekday, for a year of schedule; false when the route is missing. */
  async bikeStops(count: number): Promise<boolean> {
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    for (let i = 0; i < count; i++) {
      const res = await this.call('POST', '/api/bike-stops', {
        slug: `bench-stop-${i}`,
        name: `Stop ${i}`,
        place: `Corner ${i}`,
        rrule: `FREQ=WEEKLY;BYDAY=${days[i % 7]},${days[(i + 3) % 7]}`,
        startsOn: today(),
        startTime: `${String(10 + (i % 8)).padStart(2, '0')}:00`,
        durationMinutes: 90,
      });
      if (res.status === 404) return false;
      if (res.status !== 201) throw new Error(`POST /api/bike-stops gave ${res.status}: ${JSON.stringify(res.json)}`);
    }
    return true;
  }
}

const zone = 'Europe/Oslo';
export const today = () => DateTime.now().setZone(zone).toISODate()!;
export const daysFromToday = (n: number) => DateTime.now().setZone(zone).plus({ days: n }).toISODate()!;
