import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seedDemo } from '@claimtrail/db'
import type { TestDatabase, TestDatabaseInstance } from '@claimtrail/db/testing'
import { type App, buildApp } from '../src/app.ts'
import { type Config, loadConfig } from '../src/config.ts'
import { hashPassword } from '../src/services/auth/passwords.ts'

export interface TestApp {
  app: App
  db: TestDatabaseInstance
  close(): Promise<void>
}

/** A built web app stand-in: a real folder with an index.html, so SPA serving is exercised. */
function webDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimtrail-web-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Claimtrail</title><div id="root"></div>')
  return dir
}

/**
 * The web app's server renderer from source: Vitest, like Vite, compiles it on import, so the
 * ledger pages are rendered by the components as they are now, without a `vite build --ssr`.
 */
const WEB_SSR_SOURCE = fileURLToPath(new URL('../../web/src/ssr/entry-server.tsx', import.meta.url))

/** The app's config as the server would parse it, quiet, with overrides. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: webDist(), WEB_SSR: WEB_SSR_SOURCE, ...overrides })
}

/** The real app on a fresh migrated database, optionally with the demo seeded. */
export async function createTestApp(
  testDb: TestDatabase,
  { seed = true, env = {} as Record<string, string> } = {},
): Promise<TestApp> {
  const db = await testDb.create()
  if (seed) await seedDemo(db.handle.db, { hashPassword })
  const app = await buildApp({
    config: testConfig(env),
    database: db.handle,
  })
  await app.ready()
  return {
    app,
    db,
    async close() {
      await app.close()
      await db.drop()
    },
  }
}
