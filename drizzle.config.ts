import { defineConfig } from 'drizzle-kit';

// One schema folder is the single source of truth for both runtimes; the generated SQL in
// drizzle/ is applied by the Node entry on start and by `wrangler d1 migrations apply`.
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
});
