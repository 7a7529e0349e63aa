import { defineConfig } from 'drizzle-kit'

// Migrations are generated here and committed; the app applies them with migrate() on both
// drivers. drizzle-kit needs no database to generate.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: '../../migrations',
  casing: 'snake_case',
})
