import { z } from 'zod';
import type { PageCtx } from './page-env';

/** How far ahead the set-up pages list cancelled dates and offer dates to cancel. */
export const CANCELLABLE_DAYS = 90;

const text = z.string().optional().default('');

/** The recurrence fields as a form posts them: strings, judged later by the API's schema. */
export const scheduleForm = { rrule: text, startsOn: text, until: text, startTime: text, durationMinutes: text };

export function scheduleFields(form: { rrule: string; startsOn: string; until: string; startTime: string; durationMinutes: string }) {
  return {
    rrule: form.rrule.trim().toUpperCase(),
    startsOn: form.startsOn,
    until: form.until || null,
    startTime: form.startTime,
    durationMinutes: optionalNumber(form.durationMinutes),
  };
}

/** '' is "not given"; a Norwegian decimal comma is read as a point; anything else stays NaN for the schema to refuse. */
export function optionalNumber(value: string): number | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : Number(trimmed.replace(',', '.'));
}

/** The one-line result after a redirect: saved, a date cancelled, a cancellation undone. */
export function cancelFlash(c: PageCtx) {
  const s = c.get('page').t.setup.schedule;
  const cancelled = c.req.query('cancelled');
  const restored = c.req.query('restored');
  if (cancelled) return s.cancelledFlash(cancelled);
  if (restored) return s.restoredFlash(restored);
  return c.req.query('saved') ? c.get('page').t.admin.saved : undefined;
}
