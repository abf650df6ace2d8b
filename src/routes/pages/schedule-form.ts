import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import { invalidInput } from '../../http/validate';
import { isRepeat, patternToRule, ruleToPattern, WEEKDAYS, type Weekday } from '../../domain/recurrence/weekly-pattern';
import type { OpeningDayValues } from '../../../web/views/opening-days';
import type { PageCtx } from './page-env';

/** How far ahead the set-up pages list cancelled dates and offer dates to cancel. */
export const CANCELLABLE_DAYS = 90;

const text = z.string().optional().default('');
// A checkbox list posts nothing, one value, or many (parse the body with `all: true`).
const many = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : [v].flat()));

/** The opening-day fields as a form posts them: strings, judged later by the API's schema. */
export const openingDaysForm = { weekdays: many, repeat: text, rrule: text, startsOn: text, until: text };
export const scheduleForm = { ...openingDaysForm, startTime: text, durationMinutes: text };

type OpeningDaysPosted = { weekdays: readonly string[]; repeat: string; rrule: string };

/** The rule the form says: the Advanced text when it is filled (it wins), else the boxes' rule (refused without a weekday). */
function ruleOf(form: OpeningDaysPosted): string {
  const own = form.rrule.trim();
  if (own) return own.toUpperCase();
  const weekdays = new Set(form.weekdays.filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d)));
  return patternToRule({ weekdays, repeat: isRepeat(form.repeat) ? form.repeat : 'every-week' });
}

/** Why the boxes say no rule (no weekday ticked), or undefined when they do. */
function daysProblem(form: OpeningDaysPosted): DomainError | undefined {
  try {
    ruleOf(form);
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

// Stands in for the rule while the other fields are judged, so every mistake is reported at once.
const STAND_IN_RULE = 'FREQ=WEEKLY';

export function ruleOrStandIn(form: OpeningDaysPosted): string {
  return daysProblem(form) ? STAND_IN_RULE : ruleOf(form);
}

/** Parses a schedule form's fields with the API's schema; a refusal of the boxes comes with the other fields' errors. */
export function parseWithDays<S extends z.ZodType>(schema: S, value: unknown, form: OpeningDaysPosted): z.output<S> {
  const problem = daysProblem(form);
  const result = schema.safeParse(value);
  if (!result.success) {
    const refused = invalidInput(result.error.issues);
    if (!problem) throw refused;
    const fields = [...((problem.details?.fields ?? []) as unknown[]), ...((refused.details?.fields ?? []) as unknown[])];
    throw new DomainError(400, 'invalid_input', `${problem.message}; ${refused.message}`, { fields });
  }
  if (problem) throw problem;
  return result.data;
}

/** A stored rule as the form shows it: in the boxes when they can say it, else as the Advanced text. */
export function openingDayValues(rule: string, zone: string, dates: { startsOn: string; until: string | null }): OpeningDayValues {
  const pattern = ruleToPattern(rule, zone);
  const until = dates.until ?? '';
  if (pattern && pattern.until === undefined) return { weekdays: [...pattern.weekdays], repeat: pattern.repeat, rrule: '', startsOn: dates.startsOn, until };
  return { weekdays: [], repeat: 'every-week', rrule: rule, startsOn: dates.startsOn, until };
}

/** The opening-day values as typed, to show a refused form again. */
export function openingDaysTyped(form: OpeningDaysPosted & { startsOn: string; until: string }): OpeningDayValues {
  return { weekdays: form.weekdays, repeat: form.repeat, rrule: form.rrule, startsOn: form.startsOn, until: form.until };
}

export function scheduleFields(form: OpeningDaysPosted & { startsOn: string; until: string; startTime: string; durationMinutes: string }) {
  return {
    rrule: ruleOrStandIn(form),
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
