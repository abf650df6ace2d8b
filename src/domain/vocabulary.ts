/**
 * The fixed words of the domain, each listed once: the schema, the zod inputs and the views all
 * take them from here.
 */
export const ticketStatuses = ['booked', 'picked_up', 'no_show', 'cancelled'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export const roles = ['admin', 'staff', 'volunteer'] as const;
export type Role = (typeof roles)[number];

const roleRank: Record<Role, number> = { volunteer: 1, staff: 2, admin: 3 };

/** Whether `role` may do what `needed` may: admin > staff > volunteer. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return roleRank[role] >= roleRank[needed];
}

export const bikeOffers = ['food', 'equipment', 'naloxone', 'wound_care', 'testing', 'vaccination', 'talk'] as const;
export type BikeOffer = (typeof bikeOffers)[number];

export const bikeStopStatuses = ['on_time', 'late', 'moved', 'cancelled'] as const;
export type BikeStopStatus = (typeof bikeStopStatuses)[number];

export const membershipStatuses = ['active', 'left'] as const;

/** What the audit log records (src/db/audit.ts): who looked at or changed what. */
export const auditActions = [
  'login',
  'login_failed',
  'user_created',
  'user_role_changed',
  'user_password_reset',
  'user_disabled',
  'user_enabled',
  'user_removed',
  'own_password_changed',
  'admin_password_reset',
  'token_created',
  'token_revoked',
  'distribution_changed',
  'day_closed',
  'day_reopened',
  'ticket_cancelled',
  'ticket_restored',
  'stop_date_cancelled',
  'stop_date_restored',
  'session_cancelled',
  'session_restored',
  'notice_posted',
  'notice_removed',
  'contacts_traced',
  'round_created',
  'round_removed',
] as const;
export type AuditAction = (typeof auditActions)[number];
