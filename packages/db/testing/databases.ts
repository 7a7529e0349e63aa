import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { type DatabaseHandle, openDatabase } from '../src/client.ts'
import { migrate } from '../src/migrate.ts'

/**
 * Test databases: PGlite always, and PostgreSQL whenever one answers (TEST_DATABASE_URL, or the
 * local server on 127.0.0.1:5432). CI sets CLAIMTRAIL_REQUIRE_POSTGRES=1 so a missing PostgreSQL is
 * a failure, not a silent skip. Each test database is created fresh and dropped afterwards.
 */
export interface TestDatabase {
  driver: 'pglite' | 'pg'
  /** A fresh, empty, migrated database. */
  create(): Promise<TestDatabaseInstance>
}

export interface TestDatabaseInstance {
  handle: DatabaseHandle
  /** postgres:// URL of this test database (pg only), e.g. for a server process. */
  url?: string
  drop(): Promise<void>
}

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres'

export function postgresAdminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? DEFAULT_ADMIN_URL
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

const pgliteDatabase: TestDatabase = {
  driver: 'pglite',
  async create() {
    const handle = await openDatabase({ dataDir: 'memory://' })
    await migrate(handle)
    return { handle, drop: () => handle.close() }
  },
}

function postgresDatabase(adminUrl: string): TestDatabase {
  return {
    driver: 'pg',
    async create() {
      const name = `claimtrail_test_${randomBytes(6).toString('hex')}`
      const admin = new pg.Client({ connectionString: adminUrl })
      await admin.connect()
      try {
        await admin.query(`create database ${name}`)
      } finally {
        await admin.end()
      }
      const url = new URL(adminUrl)
      url.pathname = `/${name}`
      const handle = await openDatabase({ url: url.toString(), dataDir: '', poolMax: 5 })
      await migrate(handle)
      return {
        handle,
        url: url.toString(),
        async drop() {
          await handle.close()
          const dropper = new pg.Client({ connectionString: adminUrl })
          await dropper.connect()
          try {
            await dropper.query(`drop database if exists ${name} with (force)`)
          } finally {
            await dropper.end()
          }
        },
      }
    },
  }
}

/** The databases the integration tests must run on, in this environment. */
export async function testDatabases(): Promise<TestDatabase[]> {
  const adminUrl = postgresAdminUrl()
  if (await postgresAnswers(adminUrl)) return [pgliteDatabase, postgresDatabase(adminUrl)]
  if (process.env.CLAIMTRAIL_REQUIRE_POSTGRES === '1') {
    throw new Error(
      `PostgreSQL is required (CLAIMTRAIL_REQUIRE_POSTGRES=1) but does not answer at ${adminUrl}`,
    )
  }
  return [pgliteDatabase]
}
