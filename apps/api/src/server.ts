import { setFlagsFromString } from 'node:v8'
import closeWithGrace from 'close-with-grace'
import { pino } from 'pino'
import { buildApp } from './app.ts'
import { openAndMigrate } from './boot.ts'
import { ConfigError, loadConfig } from './config.ts'

// The only place that reads process.env: everything else receives the parsed config.
async function main() {
  const config = loadConfig(process.env)
  const log = pino({ level: config.LOG_LEVEL })
  // Read by V8 at every full collection, so setting it now (not on the command line) takes effect.
  if (config.HEAP_GROWING_PERCENT > 0)
    setFlagsFromString(`--heap-growing-percent=${config.HEAP_GROWING_PERCENT}`)
  const database = await openAndMigrate(config, log)
  const app = await buildApp({ config, database })

  // SIGINT/SIGTERM: stop accepting connections, let in-flight requests finish, close the database.
  closeWithGrace({ delay: config.SHUTDOWN_GRACE_MS }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error')
    else app.log.info({ signal }, 'shutting down')
    await app.close()
    await database.close()
  })

  await app.listen({ host: config.HOST, port: config.PORT })
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
