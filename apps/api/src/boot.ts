import { setTimeout as sleep } from 'node:timers/promises'
import {
  type DatabaseHandle,
  describeError,
  isDatabaseUnavailable,
  isEmptyDatabase,
  migrate,
  openDatabase,
  redact,
  seedDemo,
} from '@claimtrail/db'
import type { Logger } from 'pino'
import { type Config, shouldSeedDemo } from './config.ts'
import { hashPassword } from './services/auth/passwords.ts'
import type { DatabaseReadiness } from './services/health-service.ts'
import { backfillPublications } from './services/public/publication-writer.ts'

/** How the server names itself in its data folder's lock (what a CLI command is told). */
export const SERVER_OWNER = 'the Claimtrail server'

/** Applies pending migrations and, on a fresh database the config allows it for, seeds the demo. */
async function prepare(database: DatabaseHandle, config: Config, log: Logger): Promise<void> {
  await migrate(database)
  const backfilled = await backfillPublications(database.db)
  if (backfilled > 0) log.info({ claims: backfilled }, 'recorded the published view of public claims')
  if (shouldSeedDemo(config) && (await isEmptyDatabase(database.db))) {
    const seeded = await seedDemo(database.db, { hashPassword })
    if (seeded) log.info('seeded the demo article and accounts (password: claimtrail-demo)')
  }
}

/**
 * Opens the database the config names, applies pending migrations and, on a fresh embedded
 * database, seeds the demo. Used by the CLI (which fails at once when the database is not there)
 * and by the server on PGlite. `owner` names the opener in the PGlite folder's lock.
 */
export async function openAndMigrate(
  config: Config,
  log: Logger,
  owner: string,
  // 'main' only for bench/event-loop.ts's before/after figure (ADR 013); the server always uses the worker.
  embeddedThread: 'worker' | 'main' = 'worker',
): Promise<DatabaseHandle> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolMax: config.DB_POOL_MAX,
    owner,
    embeddedThread,
    embeddedSharedBuffersMb: config.EMBEDDED_SHARED_BUFFERS_MB,
  })
  try {
    await prepare(database, config, log)
  } catch (error) {
    await database.close().catch(() => {})
    throw error
  }
  return database
}

/**
 * The server on PostgreSQL: the pool is created without a connection, and the database is waited
 * for — with exponential backoff, reported in /healthz — instead of exiting, so a container started
 * before its database does not restart-loop (ADR 018). Errors other than "unreachable"
 * (a failing migration, a wrong password) still end the start with their message.
 */
export async function waitForDatabase(
  database: DatabaseHandle,
  config: Config,
  log: Logger,
  readiness: DatabaseReadiness,
  signal: AbortSignal,
): Promise<void> {
  const started = Date.now()
  let delay = config.DB_STARTUP_RETRY_MS
  for (let attempt = 1; ; attempt++) {
    try {
      await prepare(database, config, log)
      readiness.ready()
      if (attempt > 1) log.info({ attempts: attempt }, 'the database answers: serving')
      return
    } catch (error) {
      if (signal.aborted) throw signal.reason
      if (!isDatabaseUnavailable(error)) throw error
      const reason = waitingReason(config, error, { attempt, delay, waited: Date.now() - started })
      readiness.waiting(reason)
      log.warn(reason)
      await sleep(delay, undefined, { signal }).catch(() => {})
      if (signal.aborted) throw signal.reason
      delay = Math.min(delay * 2, config.DB_STARTUP_RETRY_MAX_MS)
    }
  }
}

/**
 * What /healthz and the log say while the database is unreachable; throws instead when the next
 * wait would pass DB_STARTUP_TIMEOUT_S.
 */
function waitingReason(
  config: Config,
  error: unknown,
  { attempt, delay, waited }: { attempt: number; delay: number; waited: number },
): string {
  const where = config.DATABASE_URL ? redact(config.DATABASE_URL) : 'the database'
  if (config.DB_STARTUP_TIMEOUT_S > 0 && waited + delay > config.DB_STARTUP_TIMEOUT_S * 1000) {
    throw new Error(
      `cannot reach PostgreSQL at ${where} after ${Math.round(waited / 1000)} s (DB_STARTUP_TIMEOUT_S): ${describeError(error)}`,
    )
  }
  return `waiting for PostgreSQL at ${where}: ${describeError(error)} (attempt ${attempt}, next in ${(delay / 1000).toFixed(1)} s)`
}
