import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loginCookie } from '../support/server-process';
import { noBrowserReason, useServerAndBrowser } from './browser';
import { seriousAxeFindings } from './axe';

// The server runs at a chosen time through libfaketime (Debian's `faketime` package): its clock
// starts at 11:16 in Oslo on Thursday 26 November 2026 and ticks on from there, so the slot served
// is 11:15–11:30 for the next 14 minutes, however slowly the server starts.
const fakeTimeLib = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const noFakeTimeReason = existsSync(fakeTimeLib) ? null : `door screen browser tests skipped: ${fakeTimeLib} is missing (install it with: apt-get install faketime)`;
if (noFakeTimeReason) console.warn(noFakeTimeReason);
const SERVER_START = '2026-11-26 10:16:00';
const BROWSER_START = Date.parse('2026-11-26T10:16:30Z');

const sizes = [
  { width: 1920, height: 1080 },
  { width: 800, height: 480 },
];

describe.skipIf(noBrowserReason !== null || noFakeTimeReason !== null)('the door screen in Chromium, at a chosen time', () => {
  const e2e = useServerAndBrowser({
    env: { LD_PRELOAD: fakeTimeLib, FAKETIME: `@${SERVER_START}`, FAKETIME_DONT_FAKE_MONOTONIC: '1', TZ: 'UTC' },
    prepare: async (url) => {
      const cookie = await loginCookie(url);
      const post = async (path: string, body: unknown) => {
        const res = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
        if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      };
      await post('/api/sites', { slug: 'sentrum', name: 'Sentrum dagsenter' });
      await post('/api/sites/sentrum/distributions', { slug: 'mat', name: 'Matutdeling', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '10:00', closes: '14:00', slotMinutes: 15, perSlot: 4 });
      await post('/api/notices', { site: 'sentrum', text: { nb: 'Ta med egen pose', en: 'Bring your own bag' }, from: '2026-11-26', to: '2026-11-26' });
    },
  });

  const open = async (options: { width: number; height: number; script?: boolean; path?: string }): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await e2e.browser.newContext({ viewport: { width: options.width, height: options.height }, javaScriptEnabled: options.script ?? true, bypassCSP: true, timezoneId: 'Europe/Oslo' });
    const page = await context.newPage();
    if (options.script ?? true) await page.clock.install({ time: BROWSER_START });
    await page.goto(`${e2e.server.url}${options.path ?? '/screen?site=sentrum'}`);
    return { context, page };
  };
  const visibleText = async (page: Page, selector: string) => (await page.locator(selector).first().innerText()).replace(/\n/g, '');
  const fits = (page: Page) =>
    page.evaluate(() => ({
      across: document.documentElement.scrollWidth <= window.innerWidth,
      down: document.documentElement.scrollHeight <= window.innerHeight,
    }));

  for (const size of sizes) {
    it(`shows the slot the server's clock is in, very large, without scrolling, axe-clean and AAA contrast at ${size.width}×${size.height}`, async () => {
      const { context, page } = await open(size);
      expect(await visibleText(page, '.big')).toBe('11:15–11:30');
      expect(await visibleText(page, '.next')).toBe('11:30–11:45');
      expect(await visibleText(page, '.board .label')).toBe('Nå');
      expect(await visibleText(page, '.notices li')).toBe('Ta med egen pose');
      const startPx = await page.locator('.big .start').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(startPx).toBeGreaterThanOrEqual(size.width * 0.2);
      expect(await fits(page)).toEqual({ across: true, down: true });
      expect(await seriousAxeFindings(page)).toEqual([]);
      const aaa = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[]; passes: { id: string }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
        return { violations: result.violations.map((v) => v.id), passed: result.passes.map((p) => p.id) };
      });
      expect(aaa).toEqual({ violations: [], passed: ['color-contrast-enhanced'] });
      await context.close();
    });
  }

  it('without script shows every language side by side, fits 800×480 and reloads itself at the slot boundary', async () => {
    const { context, page } = await open({ width: 800, height: 480, script: false });
    const words = page.locator('.board .label').first().locator('span[lang]');
    expect(await words.allInnerTexts()).toEqual(['Nå', 'Now', 'Teraz', 'Зараз', 'الآن']);
    for (const word of await words.all()) expect(await word.isVisible()).toBe(true);
    expect(await words.last().getAttribute('dir')).toBe('rtl');
    expect(await fits(page)).toEqual({ across: true, down: true });
    await page.screenshot({ path: '/tmp/door-screen-noscript-800x480.png' });
    const refresh = Number(await page.locator('noscript meta[http-equiv="refresh"]').getAttribute('content'));
    expect(refresh).toBeGreaterThanOrEqual(5);
    expect(refresh).toBeLessThanOrEqual(60);
    await context.close();
  });

  it('with script turns the words through the languages every 10 s, swaps in place, and says since when the server is away', async () => {
    const { context, page } = await open({ width: 800, height: 480 });
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    expect(await visibleText(page, '.board .label')).toBe('Nå');
    await page.clock.runFor(10_000);
    expect(await visibleText(page, '.board .label')).toBe('Now');
    expect(await visibleText(page, '.notices li')).toBe('Bring your own bag');
    await page.clock.runFor(30_000);
    expect(await visibleText(page, '.board .label')).toBe('الآن');
    expect(await page.locator('.board .label [lang="ar"]').first().getAttribute('dir')).toBe('rtl');
    // Polish readers get the notice's English.
    expect(await visibleText(page, '.notices li')).toBe('Bring your own bag');

    // The server goes away: the screen keeps what it shows and says since when.
    const theScreen = (url: URL) => url.pathname === '/screen';
    await page.route(theScreen, (route) => route.abort());
    await page.clock.runFor(61_000);
    await expect.poll(() => page.locator('[data-offline]').isVisible()).toBe(true);
    expect(await visibleText(page, '[data-offline] time')).toMatch(/^11:1[789]$/);
    expect(await visibleText(page, '.big')).toBe('11:15–11:30');
    // And comes back: the note goes, and the page was never reloaded.
    await page.unroute(theScreen);
    await page.clock.runFor(16_000);
    await expect.poll(() => page.locator('[data-offline]').isVisible()).toBe(false);
    expect(await visibleText(page, '.big')).toBe('11:15–11:30');
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await context.close();
  });

  for (const size of sizes) {
    it(`lays out right to left in Arabic at ${size.width}×${size.height}, the times still left to right (screenshot)`, async () => {
      const { context, page } = await open({ ...size, path: '/screen?site=sentrum&lang=ar' });
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      expect(await page.locator('.big').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      expect(await visibleText(page, '.board .label')).toBe('الآن');
      // Right to left: the label hugs the right edge.
      const label = (await page.locator('.board .label').first().boundingBox())!;
      const word = (await page.locator('.board .label [lang="ar"]').first().boundingBox())!;
      expect(word.x + word.width).toBeGreaterThan(label.x + label.width - 2);
      expect(await fits(page)).toEqual({ across: true, down: true });
      await page.screenshot({ path: `/tmp/door-screen-ar-${size.width}x${size.height}.png` });
      expect(await seriousAxeFindings(page)).toEqual([]);
      await context.close();
    });
  }
});
