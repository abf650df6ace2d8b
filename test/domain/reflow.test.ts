import { describe, expect, it } from 'vitest';
import { isoInZone } from '../../src/domain/local-date';
import { reflowAfterCapacityChange, type ReflowSlot, type ReflowTicket } from '../../src/domain/reflow';
import { daySlots } from '../../src/domain/slots';

const OSLO = 'Europe/Oslo';
const DATE = '2026-11-26';

function hours(opens: string, closes: string, slotMinutes: number, capacity: number): ReflowSlot[] {
  return daySlots({ date: DATE, opens, closes, slotMinutes, zone: OSLO }).map((s) => ({ ...s, capacity }));
}
const at = (time: string) => daySlots({ date: DATE, opens: time, closes: '23:59', slotMinutes: 5, zone: OSLO })[0].start;
const wall = (ms: number) => isoInZone(ms, OSLO).slice(11, 16);

/** Tickets issued in the order listed: [slot time, how many]. */
function issued(...groups: [string, number][]): ReflowTicket[] {
  const tickets: ReflowTicket[] = [];
  for (const [time, n] of groups) {
    for (let i = 0; i < n; i++) tickets.push({ id: tickets.length + 1, start: at(time), issuedOrder: tickets.length + 1 });
  }
  return tickets;
}

function fullDay(opens: string, closes: string, slotMinutes: number, capacity: number): ReflowTicket[] {
  return issued(...hours(opens, closes, slotMinutes, capacity).map((s): [string, number] => [wall(s.start), capacity]));
}

/** Every ticket accounted for once, no slot over capacity, no move to a slot over before the old time. */
function expectSound(slots: ReflowSlot[], tickets: ReflowTicket[], outcome: ReturnType<typeof reflowAfterCapacityChange>) {
  const ids = [...outcome.keep, ...outcome.moves.map((m) => m.id), ...outcome.cancels.map((c) => c.id)].sort((a, b) => a - b);
  expect(ids).toEqual(tickets.map((t) => t.id).sort((a, b) => a - b));
  const held = new Map(slots.map((s) => [s.start, 0]));
  const byId = new Map(tickets.map((t) => [t.id, t]));
  for (const id of outcome.keep) {
    const start = byId.get(id)!.start;
    expect(held.has(start)).toBe(true);
    held.set(start, held.get(start)! + 1);
  }
  for (const move of outcome.moves) {
    const slot = slots.find((s) => s.start === move.to)!;
    expect(slot.end).toBeGreaterThan(move.from);
    expect(move.from).toBe(byId.get(move.id)!.start);
    held.set(move.to, held.get(move.to)! + 1);
  }
  for (const slot of slots) expect(held.get(slot.start)!).toBeLessThanOrEqual(slot.capacity);
  for (const cancel of outcome.cancels) {
    const roomLeft = slots.some((s) => s.end > cancel.from && held.get(s.start)! < s.capacity);
    expect(roomLeft).toBe(false);
  }
}

describe('reflow after a capacity change', () => {
  it('changes nothing when everything still fits', () => {
    const slots = hours('10:00', '14:00', 15, 4);
    const tickets = issued(['10:00', 4], ['11:30', 2]);
    expect(reflowAfterCapacityChange({ slots, tickets })).toEqual({ keep: [1, 2, 3, 4, 5, 6], moves: [], cancels: [] });
  });

  it('lowering perSlot from 4 to 2 on a full day keeps the first two of each slot and cancels the rest', () => {
    const tickets = fullDay('10:00', '14:00', 15, 4);
    const slots = hours('10:00', '14:00', 15, 2);
    const outcome = reflowAfterCapacityChange({ slots, tickets });
    expect(outcome.keep).toHaveLength(32);
    expect(outcome.moves).toEqual([]);
    expect(outcome.cancels).toHaveLength(32);
    expect(outcome.keep.slice(0, 4)).toEqual([1, 2, 5, 6]);
    expect(outcome.cancels.slice(0, 2)).toEqual([{ id: 3, from: at('10:00') }, { id: 4, from: at('10:00') }]);
    expectSound(slots, tickets, outcome);
  });

  it('lowering perSlot moves the overflow to the nearest later free slots', () => {
    const tickets = issued(['10:00', 4], ['10:15', 4]);
    const slots = hours('10:00', '14:00', 15, 2);
    const outcome = reflowAfterCapacityChange({ slots, tickets });
    expect(outcome.keep).toEqual([1, 2, 5, 6]);
    expect(outcome.moves.map((m) => [m.id, wall(m.from), wall(m.to)])).toEqual([
      [3, '10:00', '10:30'],
      [4, '10:00', '10:30'],
      [7, '10:15', '10:45'],
      [8, '10:15', '10:45'],
    ]);
    expect(outcome.cancels).toEqual([]);
    expectSound(slots, tickets, outcome);
  });

  it('gives the nearest free seat to whoever was issued first', () => {
    const tickets = issued(['10:15', 4], ['10:00', 4]);
    const slots = hours('10:00', '10:45', 15, 2);
    const outcome = reflowAfterCapacityChange({ slots, tickets });
    expect(outcome.keep).toEqual([1, 2, 5, 6]);
    expect(outcome.moves.map((m) => [m.id, wall(m.to)])).toEqual([[3, '10:30'], [4, '10:30']]);
    expect(outcome.cancels.map((c) => c.id)).toEqual([7, 8]);
    expectSound(slots, tickets, outcome);
  });

  it('uses issue order, not the order tickets are handed in', () => {
    const tickets = issued(['10:00', 3]).reverse();
    const outcome = reflowAfterCapacityChange({ slots: hours('10:00', '10:15', 15, 2), tickets });
    expect(outcome.keep).toEqual([1, 2]);
    expect(outcome.cancels.map((c) => c.id)).toEqual([3]);
  });

  it('closing at 12:00 instead of 14:00 cancels the afternoon when the morning is full', () => {
    const tickets = fullDay('10:00', '14:00', 15, 4);
    const slots = hours('10:00', '12:00', 15, 4);
    const outcome = reflowAfterCapacityChange({ slots, tickets });
    expect(outcome.keep).toHaveLength(32);
    expect(outcome.moves).toEqual([]);
    expect(outcome.cancels).toHaveLength(32);
    expect(outcome.cancels.every((c) => wall(c.from) >= '12:00')).toBe(true);
    expectSound(slots, tickets, outcome);
  });

  it('closing earlier never moves a ticket to an earlier time, even with free seats in the morning', () => {
    const tickets = issued(['13:00', 2]);
    const outcome = reflowAfterCapacityChange({ slots: hours('10:00', '12:00', 15, 4), tickets });
    expect(outcome.cancels.map((c) => c.id)).toEqual([1, 2]);
    expect(outcome.moves).toEqual([]);
  });

  it('opening at 11:00 instead of 10:00 moves the early tickets to the first free slots from 11:00', () => {
    const tickets = issued(['10:00', 3], ['10:30', 2], ['11:00', 4], ['11:15', 1]);
    const slots = hours('11:00', '12:00', 15, 4);
    const outcome = reflowAfterCapacityChange({ slots, tickets });
    expect(outcome.keep).toEqual([6, 7, 8, 9, 10]);
    expect(outcome.moves.map((m) => [m.id, wall(m.from), wall(m.to)])).toEqual([
      [1, '10:00', '11:15'],
      [2, '10:00', '11:15'],
      [3, '10:00', '11:15'],
      [4, '10:30', '11:30'],
      [5, '10:30', '11:30'],
    ]);
    expectSound(slots, tickets, outcome);
  });

  it('opening later cancels what no longer fits anywhere', () => {
    const tickets = issued(['10:00', 2], ['11:00', 4], ['11:15', 4]);
    const outcome = reflowAfterCapacityChange({ slots: hours('11:00', '11:30', 15, 4), tickets });
    expect(outcome.cancels.map((c) => c.id)).toEqual([1, 2]);
  });

  it('going from 15- to 30-minute slots keeps the tickets at the half hours and puts the others in the slot around their time', () => {
    const tickets = issued(['10:00', 2], ['10:15', 2], ['10:30', 4], ['10:45', 1]);
    const slots = hours('10:00', '11:00', 30, 4);
    const outcome = reflowAfterCapacityChange({ slots, tickets });
    expect(outcome.keep).toEqual([1, 2, 5, 6, 7, 8]);
    expect(outcome.moves.map((m) => [m.id, wall(m.from), wall(m.to)])).toEqual([
      [3, '10:15', '10:00'],
      [4, '10:15', '10:00'],
    ]);
    expect(outcome.cancels.map((c) => [c.id, wall(c.from)])).toEqual([[9, '10:45']]);
    expectSound(slots, tickets, outcome);
  });

  it('moves past a full slot around the old time to a later one', () => {
    const tickets = issued(['10:00', 4], ['10:15', 1]);
    const outcome = reflowAfterCapacityChange({ slots: hours('10:00', '11:00', 30, 4), tickets });
    expect(outcome.moves.map((m) => [m.id, wall(m.to)])).toEqual([[5, '10:30']]);
  });

  it('empties a slot whose capacity drops to zero', () => {
    const slots = hours('10:00', '10:30', 15, 4);
    slots[0].capacity = 0;
    const outcome = reflowAfterCapacityChange({ slots, tickets: issued(['10:00', 2]) });
    expect(outcome.moves.map((m) => [m.id, wall(m.to)])).toEqual([[1, '10:15'], [2, '10:15']]);
  });

  it('never overbooks and never loses a ticket, whatever the change', () => {
    let seed = 11;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const times = ['09:00', '09:30', '10:00', '10:15', '10:30', '10:45', '11:00', '11:30', '12:00', '13:00'];
    const slotOptions: [string, string, number][] = [
      ['10:00', '14:00', 15], ['10:00', '12:00', 15], ['11:00', '14:00', 15], ['10:00', '14:00', 30], ['09:00', '11:00', 60],
    ];
    for (let round = 0; round < 200; round++) {
      const groups = Array.from({ length: 1 + random(8) }, (): [string, number] => [times[random(times.length)], 1 + random(5)]);
      const tickets = issued(...groups).map((t) => ({ ...t, issuedOrder: random(1000) }));
      const [opens, closes, minutes] = slotOptions[random(slotOptions.length)];
      const slots = hours(opens, closes, minutes, random(5));
      expectSound(slots, tickets, reflowAfterCapacityChange({ slots, tickets }));
    }
  });
});

describe('reflow with picked-up and no-show tickets', () => {
  const holding = (ids: number[], tickets: ReflowTicket[]) => tickets.map((t) => ({ ...t, held: ids.includes(t.id) }));

  it('keeps picked-up tickets in their slot and moves the booked ones out of it', () => {
    // 10:00 holds 2 picked up then 2 booked; capacity drops to 2.
    const tickets = holding([1, 2], issued(['10:00', 4]));
    const outcome = reflowAfterCapacityChange({ slots: hours('10:00', '11:00', 15, 2), tickets });
    expect(outcome.keep).toEqual([1, 2]);
    expect(outcome.moves.map((m) => [m.id, wall(m.to)])).toEqual([[3, '10:15'], [4, '10:15']]);
  });

  it('lets held tickets take room first even when a booked one was issued before them', () => {
    const tickets = holding([2], issued(['10:00', 2]));
    const outcome = reflowAfterCapacityChange({ slots: hours('10:00', '10:30', 15, 1), tickets });
    expect(outcome.keep).toEqual([2]);
    expect(outcome.moves.map((m) => [m.id, wall(m.to)])).toEqual([[1, '10:15']]);
  });

  it('does not move booked tickets into a slot that held tickets fill', () => {
    // 10:15 has 2 picked up: the booked tickets of 10:00 must skip it.
    const tickets = holding([3, 4], issued(['10:00', 2], ['10:15', 2]));
    const outcome = reflowAfterCapacityChange({ slots: hours('10:00', '10:45', 15, 1), tickets });
    expect(outcome.keep).toEqual([3, 4, 1]);
    expect(outcome.moves.map((m) => [m.id, wall(m.to)])).toEqual([[2, '10:30']]);
  });

  it('keeps held tickets whose slot no longer exists and never moves them', () => {
    const tickets = holding([1], issued(['09:00', 2]));
    const outcome = reflowAfterCapacityChange({ slots: hours('10:00', '10:15', 15, 1), tickets });
    expect(outcome.keep).toEqual([1]);
    expect(outcome.moves.map((m) => m.id)).toEqual([2]);
  });
});
