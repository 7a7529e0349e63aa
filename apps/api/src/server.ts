import { setFlagsFromString } from 'node:v8'
import { type DatabaseHandle, openDatabase } from '@claimtrail/db'
import closeWithGrace from 'close-with-grace'
import { pino } from 'pino'
import { startAdminChannel } from './admin/admin-channel.ts'
import { buildApp } from './app.ts'
import { openAndMigrate, SERVER_OWNER, waitForDatabase } from './boot.ts'
import { ConfigError, loadConfig } from './config.ts'
import { createReadiness } from './services/health-service.ts'

// The only place that reads process.env: everything else receives the parsed config.
async function main() {
  const config = loadConfig(process.env)
  const log = pino({ level: config.LOG_LEVEL })
  // Read by V8 at every full collection, so setting it now (not on the command line) takes effect.
  if (config.HEAP_GROWING_PERCENT > 0)
    setFlagsFromString(`--heap-growing-percent=${config.HEAP_GROWING_PERCENT}`)

  // Embedded: the folder is ours (its lock) and opens now, or the start fails with who holds it.
  // PostgreSQL: listen at once and wait for the database in the background (boot.ts).
  const database: DatabaseHandle = config.DATABASE_URL
    ? await openDatabase({
        url: config.DATABASE_URL,
        dataDir: config.DATA_DIR,
        poolMax: config.DB_POOL_MAX,
        verifyConnection: false,
        onConnectionError: (err) => log.warn({ err }, 'a PostgreSQL connection broke'),
      })
    : await openAndMigrate(config, log, SERVER_OWNER)
  const readiness = createReadiness(!config.DATABASE_URL)
  const app = await buildApp({ config, database, readiness })
  const starting = new AbortController()
  let admin: Awaited<ReturnType<typeof startAdminChannel>> | undefined

  // SIGINT/SIGTERM: stop accepting connections, let in-flight requests finish, close the database.
  // A lost database connection is never an uncaught error (client.ts): it cannot bring us here.
  closeWithGrace({ delay: config.SHUTDOWN_GRACE_MS }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error')
    else app.log.info({ signal }, 'shutting down')
    starting.abort(new Error('shutting down'))
    await admin?.close()
    await app.close()
    await database.close()
  })

  await app.listen({ host: config.HOST, port: config.PORT })
  if (config.DATABASE_URL) {
    await waitForDatabase(database, config, log, readiness, starting.signal).catch((error) => {
      if (!starting.signal.aborted) throw error // a SIGTERM while waiting is a clean stop
    })
  } else if (database.folderLock) {
    // The CLI's way in while we own the folder (users:create, export): admin-channel.ts.
    admin = await startAdminChannel({ database, log })
    await database.folderLock.advertise(admin.channel)
  }
  app.log.info(
    `Claimtrail on ${database.driver === 'pglite' ? `embedded PGlite (${config.DATA_DIR})` : 'PostgreSQL'}`,
  )
}

main().catch((error: unknown) => {
  // A bad start is one line naming the problem, not a stack trace.
  const message = error instanceof Error ? error.message : String(error)
  const kind = error instanceof ConfigError ? 'configuration' : 'startup'
  process.stderr.write(`claimtrail: ${kind} failed: ${message}\n`)
  process.exit(1)
})
