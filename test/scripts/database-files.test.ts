import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/adapters/node-sqlite';
import { runScript } from '../support/child-process';

const folder = () => mkdtempSync(join(tmpdir(), 'hentetid-files-'));
const modeOf = (file: string) => statSync(file).mode & 0o777;

/** A migrated database file, closed, as a stopped server leaves it. */
function databaseAt(dir: string) {
  const file = join(dir, 'hentetid.db');
  openSqliteStore(file).close();
  return file;
}

describe('the files that hold the data', () => {
  it('creates the database, its WAL and its shared-memory file readable by the owner only (0600), whatever the umask', () => {
    const file = join(folder(), 'new', 'hentetid.db');
    // The usual umask leaves new files world-readable (0644).
    const before = process.umask(0o022);
    try {
      const store = openSqliteStore(file);
      expect(modeOf(file).toString(8)).toBe('600');
      expect(modeOf(`${file}-wal`).toString(8)).toBe('600');
      expect(modeOf(`${file}-shm`).toString(8)).toBe('600');
      store.close();
    } finally {
      process.umask(before);
    }
  });

  it('backs up into a new file readable by the owner only, leaving no .partial behind', async () => {
    const dir = folder();
    const copy = join(dir, 'copy.db');
    const result = await runScript('scripts/backup.ts', [copy], { HENTETID_DB: databaseAt(dir) });
    expect(result.status, result.output).toBe(0);
    expect(modeOf(copy).toString(8)).toBe('600');
    expect(existsSync(`${copy}.partial`)).toBe(false);
  });

  it('leaves an existing FILE.partial alone and refuses, saying why', async () => {
    const dir = folder();
    const copy = join(dir, 'copy.db');
    writeFileSync(`${copy}.partial`, 'another backup, still being written');
    const result = await runScript('scripts/backup.ts', [copy], { HENTETID_DB: databaseAt(dir) });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${copy}.partial exists`);
    expect(readFileSync(`${copy}.partial`, 'utf8')).toBe('another backup, still being written');
    expect(existsSync(copy)).toBe(false);
  });

  it.each([
    ['backup', 'scripts/backup.ts', ['copy.db']],
    ['reset-admin', 'scripts/reset-admin.ts', []],
  ])('npm run %s refuses a database path that does not exist, and creates nothing', async (_, script, args) => {
    const dir = folder();
    const missing = join(dir, 'typo', 'hentetid.db');
    const result = await runScript(script, args.map((a) => join(dir, a)), { HENTETID_DB: missing, HENTETID_ADMIN_PASSWORD: 'a long enough password' });
    expect(result.status).toBe(1);
    expect(result.output.trim()).toMatch(/^There is no database at .*typo\/hentetid\.db \(set HENTETID_DB\)/);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });
});
