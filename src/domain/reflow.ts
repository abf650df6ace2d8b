/** A slot of the day after the change. */
export type ReflowSlot = { start: number; end: number; capacity: number };
/**
 * A live (not cancelled) ticket of the day, at the start of the slot it holds now. A `held`
 * ticket (picked up or no-show) has been used and cannot move: it keeps its seat.
 */
export type ReflowTicket = { id: number; start: number; issuedOrder: number; held?: boolean };
type ReflowOutcome = {
  keep: number[];
  moves: { id: number; from: number; to: number }[];
  cancels: { id: number; from: number }[];
};

const byIssue = (a: ReflowTicket, b: ReflowTicket) => a.issuedOrder - b.issuedOrder || a.id - b.id;

/**
 * Where a day's tickets go after its slots or capacity changed (SPEC, "Capacity change").
 * Held tickets stay where they are and take room first (the capacity triggers count every live
 * ticket, so a plan that ignored them would move tickets into slots the database calls full);
 * they are listed in `keep` even when their slot no longer exists. Then a booked ticket stays if its slot still exists (same start) and it is among the first `capacity` of
 * that slot in issue order. Every other ticket, in issue order, goes to the first slot that has
 * room and has not ended by the ticket's old time (the slot around that time, or a later one,
 * never an earlier one); if there is none it is cancelled. No slot ends up over capacity
 * unless its held tickets alone fill it, and then it keeps no booked ticket.
 */
export function reflowAfterCapacityChange(args: { slots: ReflowSlot[]; tickets: ReflowTicket[] }): ReflowOutcome {
  const slots = [...args.slots].sort((a, b) => a.start - b.start);
  const room = slots.map((s) => Math.max(0, s.capacity));
  const slotAt = new Map(slots.map((s, i) => [s.start, i]));
  const tickets = [...args.tickets].sort(byIssue);

  const keep: number[] = [];
  for (const ticket of tickets.filter((t) => t.held)) {
    const i = slotAt.get(ticket.start);
    if (i !== undefined) room[i] = Math.max(0, room[i] - 1);
    keep.push(ticket.id);
  }
  const displaced: ReflowTicket[] = [];
  for (const ticket of tickets.filter((t) => !t.held)) {
    const i = slotAt.get(ticket.start);
    if (i !== undefined && room[i] > 0) {
      room[i]--;
      keep.push(ticket.id);
    } else {
      displaced.push(ticket);
    }
  }

  const moves: ReflowOutcome['moves'] = [];
  const cancels: ReflowOutcome['cancels'] = [];
  for (const ticket of displaced) {
    const i = firstWithRoomEndingAfter(slots, room, ticket.start);
    if (i === -1) {
      cancels.push({ id: ticket.id, from: ticket.start });
    } else {
      room[i]--;
      moves.push({ id: ticket.id, from: ticket.start, to: slots[i].start });
    }
  }
  return { keep, moves, cancels };
}

function firstWithRoomEndingAfter(slots: ReflowSlot[], room: number[], time: number): number {
  for (let i = 0; i < slots.length; i++) {
    if (slots[i].end > time && room[i] > 0) return i;
  }
  return -1;
}
