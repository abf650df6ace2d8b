/** Why a ticket was moved or cancelled; stored with the ticket as JSON, worded per language by the views. */
export type TicketNotice =
  | { kind: 'moved'; previousStart: number }
  | { kind: 'cancelled_capacity' }
  | { kind: 'closed'; reason: string }
  | { kind: 'cancelled'; reason?: string };

export function serializeNotice(notice: TicketNotice): string {
  switch (notice.kind) {
    case 'moved':
      return JSON.stringify({ kind: notice.kind, previousStart: notice.previousStart });
    case 'cancelled_capacity':
      return JSON.stringify({ kind: notice.kind });
    case 'closed':
      return JSON.stringify({ kind: notice.kind, reason: notice.reason });
    case 'cancelled':
      return JSON.stringify(notice.reason === undefined ? { kind: notice.kind } : { kind: notice.kind, reason: notice.reason });
  }
}

function asNotice(value: unknown): TicketNotice | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  switch (v.kind) {
    case 'moved':
      return Number.isFinite(v.previousStart) ? { kind: 'moved', previousStart: v.previousStart as number } : null;
    case 'cancelled_capacity':
      return { kind: 'cancelled_capacity' };
    case 'closed':
      return typeof v.reason === 'string' ? { kind: 'closed', reason: v.reason } : null;
    case 'cancelled':
      if (v.reason === undefined) return { kind: 'cancelled' };
      return typeof v.reason === 'string' ? { kind: 'cancelled', reason: v.reason } : null;
    default:
      return null;
  }
}

/**
 * The notice stored with a ticket, or null when there is none. A notice only explains; one that
 * cannot be read (hand-edited row, older format) is shown as no notice rather than breaking the ticket page.
 */
export function parseNotice(json: string | null): TicketNotice | null {
  if (json === null || json === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  return asNotice(value);
}

/** A notice in the reader's language, Norwegian when there is no English. */
export function noticeTextFor(n: { text: { nb: string; en: string | null } }, lang: 'nb' | 'en') {
  return lang === 'en' && n.text.en ? n.text.en : n.text.nb;
}
