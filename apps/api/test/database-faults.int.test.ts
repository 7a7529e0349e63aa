import { ErrorSchema } from '@claimtrail/contracts'
import { openDatabase } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../src/app.ts'
import { testConfig } from './helpers.ts'
import { TcpProxy } from './tcp-proxy.ts'

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
      expect(health.json()).toEqual({ status: 'unavailable', database: 'down', driver: 'pg' })
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
