import { describe, expect, it } from 'vitest';
import { parseNotice, serializeNotice, type TicketNotice } from '../../src/domain/notices';

describe('ticket notices', () => {
  it.each<TicketNotice>([
    { kind: 'moved', previousStart: Date.UTC(2026, 10, 26, 9, 15) },
    { kind: 'cancelled_capacity' },
    { kind: 'closed', reason: 'Vannlekkasje' },
    { kind: 'cancelled', reason: 'Requested by the client' },
    { kind: 'cancelled' },
  ])('survives storing and reading back: %j', (notice) => {
    expect(parseNotice(serializeNotice(notice))).toEqual(notice);
  });

  it('stores only the fields of its kind', () => {
    const extra = { kind: 'cancelled_capacity', reason: 'stray' } as unknown as TicketNotice;
    expect(JSON.parse(serializeNotice(extra))).toEqual({ kind: 'cancelled_capacity' });
    expect(JSON.parse(serializeNotice({ kind: 'cancelled' }))).toEqual({ kind: 'cancelled' });
  });

  it('reads no notice as null', () => {
    expect(parseNotice(null)).toBeNull();
    expect(parseNotice('')).toBeNull();
  });

  it.each(['not json', '42', 'null', '[]', '{"kind":"lost"}', '{"kind":"moved"}', '{"kind":"closed"}', '{"kind":"cancelled","reason":7}'])(
    'reads an unreadable notice %j as none rather than failing',
    (json) => {
      expect(parseNotice(json)).toBeNull();
    },
  );
});
