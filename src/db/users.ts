import { and, eq, ne, or, sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import type { NewUser } from '../schemas/users';
import type { Role } from '../domain/vocabulary';
import { users } from './schema';

/**
 * SQL for "this row may stop being an admin": it is not one, or another admin remains. Used inside
 * the UPDATE/DELETE itself so two admins demoting each other at once cannot both succeed.
 */
export const anotherAdminRemains = or(ne(users.role, 'admin'), sql`(select count(*) from ${users} where ${users.role} = 'admin') > 1`);

export function lastAdmin() {
  return new DomainError(409, 'last_admin', 'This is the last admin; make another admin first.');
}

export async function listUsers({ db }: Services) {
  return db.select().from(users).orderBy(users.username).all();
}

export async function findUser({ db }: Services, username: string) {
  const user = await db.select().from(users).where(eq(users.username, username)).get();
  if (!user) throw new DomainError(404, 'not_found', `No user ${username}.`);
  return user;
}

export async function createUser(services: Services, input: NewUser) {
  const inserted = await services.db
    .insert(users)
    .values({ username: input.username, role: input.role, passwordHash: await hashPassword(input.password), createdAt: services.now() })
    .onConflictDoNothing({ target: users.username })
    .returning({ username: users.username, role: users.role });
  if (inserted.length === 0) throw new DomainError(409, 'duplicate_username', `The username ${input.username} is taken.`);
  return inserted[0]!;
}

/** Changes a role; 404 for an unknown user, 409 when it would leave no admin. */
export async function setUserRole(services: Services, username: string, role: Role) {
  const target = await findUser(services, username);
  const mayChange = role === 'admin' ? sql`1` : anotherAdminRemains;
  const updated = await services.db
    .update(users)
    .set({ role })
    .where(and(eq(users.id, target.id), mayChange))
    .returning({ id: users.id });
  if (updated.length === 0) throw lastAdmin();
  return target;
}
