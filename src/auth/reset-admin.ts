import { recordAudit } from '../db/audit';
import { users } from '../db/schema';
import type { Services } from '../services';
import { readablePassword } from './bootstrap';
import { clearLoginCounters } from './login';
import { assertChosenPasswordLongEnough, hashPassword } from './password';
import { revokeUserSessions } from './sessions';

/**
 * Gives user `admin` a new password (the one given, or a generated one returned to be printed
 * once) and ends every session and token it has: for when the printed password was lost. Creates
 * the admin (role admin) if it was removed, and enables it if it was disabled, and forgets the
 * failed logins counted against it. A chosen password that is too short changes nothing.
 */
export async function resetAdminPassword(services: Services, chosen: string | null): Promise<{ generatedPassword: string | null }> {
  assertChosenPasswordLongEnough(chosen);
  const generatedPassword = chosen ? null : readablePassword();
  const passwordHash = await hashPassword(chosen ?? generatedPassword!);
  const [admin] = await services.db
    .insert(users)
    .values({ username: 'admin', role: 'admin', passwordHash, createdAt: services.now() })
    .onConflictDoUpdate({ target: users.username, set: { passwordHash, role: 'admin', disabledAt: null } })
    .returning({ id: users.id });
  await revokeUserSessions(services, admin!.id);
  await clearLoginCounters(services, 'admin');
  await recordAudit(services, null, 'admin_password_reset', 'admin');
  return { generatedPassword };
}
