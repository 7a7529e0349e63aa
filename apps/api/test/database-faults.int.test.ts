import { setTimeout as sleep } from 'node:timers/promises'
import { ErrorSchema, HealthSchema } from '@claimtrail/contracts'
import { type DbOrTx, isDatabaseUnavailable, openDatabase } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { type SQL, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.ts'
import { createTestApp, testConfig } from './helpers.ts'
import { exitOf, freePort, startServer, waitFor } from './processes.ts'
import { login } from './session.ts'
import { TcpProxy } from './tcp-proxy.ts'

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows
}

// PGlite runs in-process and cannot "go away"; the fault is a PostgreSQL one.
const postgres = (await testDatabases()).find((d) => d.driver === 'pg')

describe.skipIf(!postgres)('when PostgreSQL goes away', () => {
  it('answers 503 with a clear body, reports it in /healthz, and recovers by itself', async () => {
    if (!postgres) return
    const instance = await postgres.create()
    const url = new URL(instance.url ?? '')
    const proxy = new TcpProxy(url.hostname, Number(url.port || 5432))
    await proxy.start()
    url.host = `127.0.0.1:${proxy.port}`
    const database = await openDatabase({ url: url.toString(), dataDir: '', connectTimeoutMs: 1_000 })
    const app = await buildApp({
      config: testConfig(),
      database,
    })
    try {
      expect((await app.inject({ method: 'GET', url: '/api/v1/articles' })).statusCode).toBe(200)

      await proxy.cut()
      const health = await app.inject({ method: 'GET', url: '/healthz' })
      expect(health.statusCode).toBe(503)
      expect(health.json()).toMatchObject({ status: 'unavailable', database: 'down', driver: 'pg' })
      expect(health.json().reason).toMatch(/\S/)
      const list = await app.inject({ method: 'GET', url: '/api/v1/articles' })
      expect(list.statusCode).toBe(503)
      expect(list.headers['retry-after']).toBe('5')
      expect(ErrorSchema.parse(list.json())).toMatchObject({
        code: 'UNAVAILABLE',
        message: 'The database is unavailable; try again shortly',
      })

      await proxy.start()
      const deadline = Date.now() + 10_000
      let status = 0
      while (Date.now() < deadline && status !== 200) {
        status = (await app.inject({ method: 'GET', url: '/api/v1/articles' })).statusCode
        if (status !== 200) await new Promise((r) => setTimeout(r, 200))
      }
      expect(status).toBe(200)
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
    } finally {
      await app.close()
      await database.close().catch(() => {})
      await proxy.cut()
      await instance.drop()
    }
  })
})

describe.skipIf(!postgres)('a PostgreSQL connection killed inside a transaction', () => {
  it('is a 503 with Retry-After, writes nothing, and the app keeps serving', async () => {
    if (!postgres) return
    const { app, db, close } = await createTestApp(postgres)
    // A second process's connection: holds the row, watches and kills the app's connection.
    const other = await openDatabase({ url: db.url ?? '', dataDir: '' })
    let releaseRow = () => {}
    try {
      const admin = await login(app, 'admin@example.com')
      const [editor] = await rows<{ id: string; version: number }>(
        db.handle.db,
        sql`select id, version from users where email = 'editor@example.com'`,
      )
      if (!editor) throw new Error('no demo editor')
      // Hold the row so the request's transaction waits inside, then kill its connection there.
      let rowHeld = () => {}
      const held = new Promise<void>((resolve) => {
        rowHeld = resolve
      })
      const holding = other.db.transaction(async (tx) => {
        await tx.execute(sql`select 1 from users where id = ${editor.id} for update`)
        rowHeld()
        await new Promise<void>((resolve) => {
          releaseRow = resolve
        })
      })
      await held
      const pending = app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${editor.id}`,
        headers: admin.headers,
        payload: { version: editor.version, displayName: 'Never written' },
      })
      const backend = await waitFor('the request to wait on the row lock', async () => {
        const [waiting] = await rows<{ pid: number }>(
          other.db,
          sql`select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
        )
        return waiting?.pid
      })
      await other.db.execute(sql`select pg_terminate_backend(${backend})`)
      const res = await pending
      expect(res.statusCode).toBe(503)
      expect(res.headers['retry-after']).toBe('5')
      expect(ErrorSchema.parse(res.json())).toMatchObject({ code: 'UNAVAILABLE' })
      releaseRow()
      await holding

      // Still serving, on a fresh connection; the killed write left neither row nor event.
      const again = await app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${editor.id}`,
        headers: admin.headers,
        payload: { version: editor.version, displayName: 'Written once' },
      })
      expect(again.statusCode).toBe(200)
      expect(again.json()).toMatchObject({ displayName: 'Written once', version: editor.version + 1 })
      const events = await rows(
        db.handle.db,
        sql`select count(*)::int as n from events where action = 'user.updated' and subject_id = ${editor.id}`,
      )
      expect(events).toEqual([{ n: 1 }])
    } finally {
      releaseRow()
      await other.close()
      await close()
    }
  })

  it('between two statements (no query running) is not an uncaught error: the next statement fails as unavailable', async () => {
    if (!postgres) return
    const instance = await postgres.create()
    const killer = await openDatabase({ url: instance.url ?? '', dataDir: '' })
    try {
      const failure = await instance.handle.db
        .transaction(async (tx) => {
          const [self] = await rows<{ pid: number }>(tx, sql`select pg_backend_pid() as pid`)
          await killer.db.execute(sql`select pg_terminate_backend(${self?.pid})`)
          // pg emits 'error' on the idle checked-out client now; unhandled, it would end the process.
          await sleep(300)
          await tx.execute(sql`select 1`)
        })
        .catch((error: unknown) => error)
      expect(isDatabaseUnavailable(failure)).toBe(true)
      // The pool dropped the broken client and serves the next query.
      expect(await rows(instance.handle.db, sql`select 1 as one`)).toEqual([{ one: 1 }])
    } finally {
      await killer.close()
      await instance.drop()
    }
  })
})

describe.skipIf(!postgres)('a server started while PostgreSQL is down', () => {
  it('listens, answers 503 with /healthz saying why, and serves once the database is there', {
    timeout: 300_000,
  }, async () => {
    if (!postgres) return
    const instance = await postgres.create()
    const url = new URL(instance.url ?? '')
    const proxy = new TcpProxy(url.hostname, Number(url.port || 5432))
    const proxyPort = await freePort()
    url.host = `127.0.0.1:${proxyPort}`
    const port = await freePort()
    const server = startServer({
      DATABASE_URL: url.toString(),
      PORT: String(port),
      HOST: '127.0.0.1',
      DB_STARTUP_RETRY_MS: '100',
      DB_STARTUP_RETRY_MAX_MS: '400',
    })
    try {
      const health = await waitFor(
        'the server to listen',
        async () => {
          const res = await fetch(`http://127.0.0.1:${port}/healthz`)
          return { status: res.status, body: HealthSchema.parse(await res.json()) }
        },
        { child: server },
      )
      expect(health.status).toBe(503)
      expect(health.body).toMatchObject({ status: 'starting', database: 'down', driver: 'pg' })
      expect(health.body.reason).toMatch(
        /^(connecting to the database|waiting for PostgreSQL at postgres:\/\/)/,
      )
      await waitFor('a retry reported', async () => {
        const body = HealthSchema.parse(await (await fetch(`http://127.0.0.1:${port}/healthz`)).json())
        return /waiting for PostgreSQL at .*ECONNREFUSED.*\(attempt [2-9]/.test(body.reason ?? '')
          ? true
          : undefined
      })
      const early = await fetch(`http://127.0.0.1:${port}/api/v1/articles`)
      expect(early.status).toBe(503)
      expect(early.headers.get('retry-after')).toBe('5')
      expect(await early.json()).toMatchObject({ code: 'UNAVAILABLE' })

      await proxy.start(proxyPort)
      await waitFor('the server to serve', async () =>
        (await fetch(`http://127.0.0.1:${port}/api/v1/articles`)).status === 200 ? true : undefined,
      )
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      expect(ok.status).toBe(200)
      expect(await ok.json()).toEqual({ status: 'ok', database: 'up', driver: 'pg' })
      expect(server.exitCode).toBeNull()
    } finally {
      server.kill('SIGTERM')
      await exitOf(server)
      await proxy.cut()
      await instance.drop()
    }
  })
})
