import { type DatabaseHandle, isEmptyDatabase, migrate, openDatabase, seedDemo } from '@claimtrail/db'
import type { Logger } from 'pino'
import { type Config, shouldSeedDemo } from './config.ts'
import { hashPassword } from './services/auth/passwords.ts'

/**
 * Opens the database the config names, applies pending migrations and, on a fresh embedded
 * database, seeds the demo. Shared by the server and the CLI.
 */
export async function openAndMigrate(config: Config, log: Logger): Promise<DatabaseHandle> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    poolMax: config.DB_POOL_MAX,
  })
  try {
    await migrate(database)
    if (shouldSeedDemo(config) && (await isEmptyDatabase(database.db))) {
      const seeded = await seedDemo(database.db, { hashPassword })
      if (seeded) log.info('seeded the demo article and accounts (password: claimtrail-demo)')
    }
  } catch (error) {
    await database.close().catch(() => {})
    throw error
  }
  return database
}
