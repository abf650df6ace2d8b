import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { noBrowserReason, recordRequests, useServerAndBrowser } from './browser';

const axePath = 'node_modules/axe-core/axe.min.js';
const today = DateTime.now().setZone('Europe/Oslo');
// The demo seeds the thirty days before today: that month, as the report page would be asked for it.
const range = `from=${today.minus({ days: 30 }).toISODate()}&to=${today.minus({ days: 1 }).toISODate()}`;

describe.skipIf(noBrowserReason !== null)('the report page in Chromium, on a month of demo data', () => {
  const e2e = useServerAndBrowser({ env: { HENTETID_DEMO: '1' } });
  const { logIn } = e2e;

  it('renders its SVG charts without script, with the closed day and the capacity change marked', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, locale: 'nb-NO', viewport: { width: 1280, height: 900 } });
    const page = await logIn(context, `/staff/reports?${range}`);
    const requests = recordRequests(page);
    await page.reload();
    const charts = page.locator('figure.report-chart svg[role="img"]');
    // Three distributions with two charts each, the bike, the football team.
    expect(await charts.count()).toBe(8);
    for (const chart of await charts.all()) {
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(await chart.locator('title').textContent()).not.toBe('');
      expect((await chart.locator('rect, path, circle').count()) > 1).toBe(true);
    }
    const food = page.locator('figure:has-text("Utdelt per dag: Værestedet Arbeidern: Matutdeling") svg');
    expect(await food.locator('text', { hasText: '×' }).count()).toBe(1);
    expect(await food.locator('text', { hasText: 'Plasser 40 → 32' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Last ned som CSV (regneark)' }).getAttribute('href')).toContain('/api/reports.csv?');
    const origin = new URL(e2e.server.url).origin;
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    await context.close();
  });

  it('has nothing serious for axe-core, in Norwegian and in English', async () => {
    const context = await e2e.browser.newContext({ bypassCSP: true, locale: 'nb-NO' });
    const page = await logIn(context, `/staff/reports?${range}`);
    for (const lang of ['nb', 'en']) {
      await page.goto(`${e2e.server.url}/staff/reports?${range}&lang=${lang}`);
      await page.addScriptTag({ content: readFileSync(axePath, 'utf8') });
      const violations = await page.evaluate(async () => {
        const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical').map((v: any) => `${v.id}: ${v.nodes.length}`);
      });
      expect(violations, lang).toEqual([]);
    }
    await context.close();
  });

  it('prints on A4 landscape pages', async () => {
    const context = await e2e.browser.newContext({ locale: 'nb-NO' });
    const page = await logIn(context, `/staff/reports?${range}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.report-form').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = Math.max(...[...pdf.toString('latin1').matchAll(/\/Count (\d+)/g)].map((m) => Number(m[1])));
    expect(pages).toBeGreaterThan(0);
    // A4 landscape: 842 × 595 points.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(Math.round(Number(box![1]))).toBe(842);
    expect(Math.round(Number(box![2]))).toBe(595);
    await context.close();
  });
});
