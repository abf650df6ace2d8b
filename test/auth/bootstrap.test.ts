import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/node-sqlite';
import { ensureAdmin } from '../../src/auth/bootstrap';
import { AdminPasswordTooShort, verifyPassword } from '../../src/auth/password';
import { resetAdminPassword } from '../../src/auth/reset-admin';
import { users } from '../../src/db/schema';
import type { Services } from '../../src/services';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function servicesOn(file: string, adminPassword: string | null): Services & { close(): void } {
  const store = openSqliteStore(file);
  return {
    store,
    db: store.db,
    settings: { retentionDays: 14, auditDays: 90, demo: false, adminPassword, publicUrl: null, trustedProxies: [] },
    now: () => Date.now(),
    close: () => store.close(),
  };
}

function freshServices(adminPassword: string | null) {
  const dir = mkdtempSync(join(tmpdir(), 'hentetid-bootstrap-'));
  const file = join(dir, 'test.db');
  const opened: ReturnType<typeof servicesOn>[] = [];
  cleanups.push(() => {
    opened.forEach((s) => s.close());
    rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const s = servicesOn(file, adminPassword);
    opened.push(s);
    return s;
  };
}

describe('the first admin', () => {
  it('is not created with a HENTETID_ADMIN_PASSWORD shorter than the API allows (10)', async () => {
    const services = freshServices('123456789')();
    await expect(ensureAdmin(services)).rejects.toThrow(AdminPasswordTooShort);
    await expect(ensureAdmin(services)).rejects.toThrow(/at least 10 characters/);
    expect(await services.db.select().from(users).all()).toHaveLength(0);
    await expect(resetAdminPassword(services, 'short')).rejects.toThrow(AdminPasswordTooShort);
    expect(await services.db.select().from(users).all()).toHaveLength(0);
  });

  it('takes a HENTETID_ADMIN_PASSWORD of exactly 10 characters', async () => {
    const services = freshServices('1234567890')();
    expect(await ensureAdmin(services)).toEqual({ created: true, generatedPassword: null });
  });

  it('is created once, with HENTETID_ADMIN_PASSWORD', async () => {
    const services = freshServices('chosen-admin-password')();
    expect(await ensureAdmin(services)).toEqual({ created: true, generatedPassword: null });
    expect(await ensureAdmin(services)).toEqual({ created: false, generatedPassword: null });
    const all = await services.db.select().from(users).all();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ username: 'admin', role: 'admin' });
    expect(await verifyPassword('chosen-admin-password', all[0].passwordHash)).toBe(true);
  });

  it('gets a generated, readable password when none is set', async () => {
    const services = freshServices(null)();
    const report = await ensureAdmin(services);
    expect(report.created).toBe(true);
    expect(report.generatedPassword).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    const admin = await services.db.select().from(users).get();
    expect(await verifyPassword(report.generatedPassword!, admin!.passwordHash)).toBe(true);
    expect(await ensureAdmin(services)).toEqual({ created: false, generatedPassword: null });
  });

  it('is not created on a database that already has users', async () => {
    const services = freshServices('chosen-admin-password')();
    await services.db.insert(users).values({ username: 'someone', role: 'admin', passwordHash: 'x', createdAt: 0 });
    expect(await ensureAdmin(services)).toEqual({ created: false, generatedPassword: null });
    expect(await services.db.select().from(users).all()).toHaveLength(1);
  });

  it('is created by exactly one of several racing starts', async () => {
    const open = freshServices(null);
    const starts = [open(), open(), open(), open()];
    const reports = await Promise.all(starts.map((s) => ensureAdmin(s)));
    const winners = reports.filter((r) => r.created);
    expect(winners).toHaveLength(1);
    expect(reports.filter((r) => r.generatedPassword !== null)).toHaveLength(1);
    const admin = await starts[0].db.select().from(users).all();
    expect(admin).toHaveLength(1);
    expect(await verifyPassword(winners[0].generatedPassword!, admin[0].passwordHash)).toBe(true);
  });
});
