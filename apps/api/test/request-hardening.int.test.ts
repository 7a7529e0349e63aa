import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { login } from './session.ts'

const { events, sessions } = schema
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe.each(await testDatabases())('request ids, caching and idle sessions on $driver', (testDb) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(testDb, { env: { SESSION_IDLE_MINUTES: '1' } })
  })
  afterAll(async () => {
    await t?.close()
  })

  it('keeps a client request id only when it is a UUID, and never writes other text to the audit log', async () => {
    for (const sent of ['<script>alert(1)</script>', 'x'.repeat(12_000), 'not-a-uuid']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'checker@example.com', password: 'claimtrail-demo' },
        headers: { 'x-request-id': sent },
        remoteAddress: '10.80.0.1',
      })
      expect(res.statusCode).toBe(200)
      expect(res.headers['x-request-id']).toMatch(UUID)
      const [event] = await t.db.handle.db
        .select()
        .from(events)
        .where(eq(events.requestId, String(res.headers['x-request-id'])))
      expect(event?.action).toBe('session.login')
    }
    const audited = await t.db.handle.db.select({ requestId: events.requestId }).from(events)
    expect(audited.every((e) => e.requestId === null || UUID.test(e.requestId))).toBe(true)

    const mine = '0b7e5a52-2f3c-4d0e-9a51-3c1f0a6f4e21'
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { 'x-request-id': mine },
    })
    expect(res.headers['x-request-id']).toBe(mine)
  })

  it('answers private API requests with Cache-Control: no-store, the public ledger cacheably', async () => {
    const checker = await login(t.app, 'checker@example.com', undefined, '10.81.0.1')
    for (const url of ['/api/v1/auth/me', '/api/v1/articles', '/api/v1/claims', '/api/v1/auth/csrf']) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: checker.cookie } })
      expect(res.statusCode, url).toBe(200)
      expect(res.headers['cache-control'], url).toBe('no-store')
    }
    const unauthorised = await t.app.inject({ method: 'GET', url: '/api/v1/articles' })
    expect(unauthorised.headers['cache-control']).toBe('no-store')
    const ledger = await t.app.inject({ method: 'GET', url: '/api/v1/public/claims' })
    // Cacheable, but revalidated every time (ETag): a correction shows at once (ADR 016).
    expect(ledger.headers['cache-control']).toMatch(/^public, no-cache/)
  })

  it('keeps a session alive under steady use with a one-minute idle timeout', async () => {
    const checker = await login(t.app, 'checker@example.com', undefined, '10.82.0.1')
    // Four requests 20 s apart (80 s in all), replayed by moving the session's clock back 20 s
    // before each one.
    for (let i = 0; i < 4; i++) {
      const [row] = await t.db.handle.db.select().from(sessions).where(eq(sessions.csrfSecret, checker.csrf))
      if (!row) throw new Error('session gone')
      await t.db.handle.db
        .update(sessions)
        .set({
          createdAt: new Date(row.createdAt.getTime() - 20_000),
          lastSeenAt: new Date(row.lastSeenAt.getTime() - 20_000),
          expiresAt: new Date(row.expiresAt.getTime() - 20_000),
        })
        .where(eq(sessions.tokenHash, row.tokenHash))
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: checker.cookie },
      })
      expect(res.statusCode, `request ${i + 1}`).toBe(200)
      expect(res.json().user?.email).toBe('checker@example.com')
    }
    // …and ends it after a minute without one.
    await t.db.handle.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 61_000), expiresAt: new Date(Date.now() - 1_000) })
      .where(eq(sessions.csrfSecret, checker.csrf))
    const idle = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: checker.cookie },
    })
    expect(idle.statusCode).toBe(401)
  })
})
