import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { freshSchemaSql, schemaFile } from '../../scripts/db-schema';

// src/db/schema/schema.sql is what a reader trusts for the tables and triggers as they stand:
// it must be exactly what the migrations make, or `npm run db:schema` was forgotten.
it('src/db/schema/schema.sql is the schema of a freshly migrated database (else run npm run db:schema)', () => {
  const fresh = freshSchemaSql();
  expect(fresh).toContain('CREATE TRIGGER `tickets_capacity_on_insert`');
  expect(readFileSync(schemaFile, 'utf8')).toBe(fresh);
});
