/**
 * Writes the web client's types from the API's OpenAPI document (src/openapi/web-client-types.ts).
 *
 *   pnpm generate:client
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { migrate, openDatabase } from '@claimtrail/db'
import { buildApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'
import { renderWebClientTypes, WEB_CLIENT_TYPES_FILE } from '../src/openapi/web-client-types.ts'

const database = await openDatabase({ dataDir: 'memory://', embeddedThread: 'main' })
try {
  await migrate(database)
  // The document does not depend on the web build: an empty folder stands in for it.
  const webDist = mkdtempSync(join(tmpdir(), 'claimtrail-web-'))
  writeFileSync(join(webDist, 'index.html'), '<!doctype html>')
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: webDist }), database })
  await app.ready()
  writeFileSync(WEB_CLIENT_TYPES_FILE, await renderWebClientTypes(app.swagger()))
  await app.close()
  console.log(`wrote ${WEB_CLIENT_TYPES_FILE}`)
} finally {
  await database.close()
}
