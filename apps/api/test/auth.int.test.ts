import { ErrorSchema, LoginResponseSchema, MeSchema, UserListSchema, UserSchema } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { login } from './session.ts'

const { events, sessions, users } = schema

describe.each(await testDatabases())('accounts and sessions on $driver', (testDb) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(testDb, {
      env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' },
    })
  })
  afterAll(async () => {
    await t?.close()
  })

  const me = (cookie?: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: cookie ? { cookie } : {} })

  it('logs in with a rotated HttpOnly SameSite=Lax cookie and records the login', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'Editor@Example.com', password: 'claimtrail-demo' },
      remoteAddress: '10.1.0.1',
    })
    expect(res.statusCode).toBe(200)
    const body = LoginResponseSchema.parse(res.json())
    expect(body.user).toMatchObject({ email: 'editor@example.com', role: 'editor' })
    const cookie = res.cookies.find((c) => c.name === 'claimtrail_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(cookie?.secure).toBeFalsy() // plain http here; https gets Secure
    expect(res.body).not.toContain('passwordHash')

    const who = MeSchema.parse((await me(`claimtrail_session=${cookie?.value}`)).json())
    expect(who.user?.email).toBe('editor@example.com')
    const logins = await t.db.handle.db
      .select()
      .from(events)
      .where(and(eq(events.action, 'session.login'), eq(events.subjectId, body.user.id)))
    expect(logins.length).toBeGreaterThanOrEqual(1)

    // Logging in again with the old cookie replaces that session.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'editor@example.com', password: 'claimtrail-demo' },
      headers: { cookie: `claimtrail_session=${cookie?.value}` },
      remoteAddress: '10.1.0.1',
    })
    expect(again.statusCode).toBe(200)
    expect(again.cookies.find((c) => c.name === 'claimtrail_session')?.value).not.toBe(cookie?.value)
    expect((await me(`claimtrail_session=${cookie?.value}`)).statusCode).toBe(401)
  })

  it.each([
    ['a missing password', { email: 'checker@example.com' }, 'body.password'],
    ['a malformed email', { email: 'not-an-email', password: 'x' }, 'body.email'],
    ['an oversized password', { email: 'checker@example.com', password: 'x'.repeat(1025) }, 'body.password'],
    ['an unknown field', { email: 'checker@example.com', password: 'x', admin: true }, 'body'],
  ])('refuses %s with a 400 naming the field', async (_what, payload, field) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload,
      remoteAddress: '10.3.0.1',
    })
    expect(res.statusCode).toBe(400)
    const body = ErrorSchema.parse(res.json())
    expect(body.code).toBe('VALIDATION')
    expect(body.message.startsWith(field)).toBe(true)
  })

  it('refuses an oversized login body with a 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'checker@example.com', password: 'x'.repeat(20_000) },
      remoteAddress: '10.3.0.2',
    })
    expect(res.statusCode).toBe(413)
    expect(ErrorSchema.parse(res.json()).requestId).toBeTruthy()
  })

  it('ends the session server-side at logout', async () => {
    const session = await login(t.app, 'checker@example.com', undefined, '10.4.0.1')
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers })
    expect(out.statusCode).toBe(204)
    // The old cookie, replayed, no longer works.
    const replay = await me(session.cookie)
    expect(replay.statusCode).toBe(401)
    expect(ErrorSchema.parse(replay.json()).code).toBe('SESSION_EXPIRED')
  })

  it('treats an expired or forged cookie as a 401, never a 500', async () => {
    const session = await login(t.app, 'checker@example.com', undefined, '10.5.0.1')
    await t.db.handle.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) })
    expect((await me(session.cookie)).statusCode).toBe(401)
    for (const forged of [
      'claimtrail_session=forged',
      `claimtrail_session=${'x'.repeat(5000)}`,
      'claimtrail_session=%%%',
    ]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: forged } })
      expect(res.statusCode).toBe(401)
      expect(ErrorSchema.parse(res.json()).code).toMatch(/SESSION_EXPIRED|UNAUTHORIZED/)
    }
    // A reader with a stale cookie still reads public pages.
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/articles',
      headers: { cookie: 'claimtrail_session=forged' },
    })
    expect(list.statusCode).toBe(200)
  })

  it('refuses state-changing requests without the right CSRF token', async () => {
    const admin = await login(t.app, 'admin@example.com', undefined, '10.6.0.1')
    const payload = {
      email: 'csrf@example.com',
      displayName: 'CSRF',
      role: 'checker',
      password: 'long-enough-password',
    }
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie },
      payload,
    })
    expect(missing.statusCode).toBe(403)
    expect(ErrorSchema.parse(missing.json()).code).toBe('CSRF')
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin.cookie, 'x-csrf-token': 'nope' },
      payload,
    })
    expect(wrong.statusCode).toBe(403)
    expect(await t.db.handle.db.select().from(users).where(eq(users.email, 'csrf@example.com'))).toHaveLength(
      0,
    )

    const csrf = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/csrf',
      headers: { cookie: admin.cookie },
    })
    expect(csrf.json()).toEqual({ token: admin.csrf })
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload })
    expect(ok.statusCode).toBe(201)
  })

  it('lets admins manage accounts, and deactivation ends sessions at once', async () => {
    const admin = await login(t.app, 'admin@example.com', undefined, '10.7.0.1')
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: {
        email: 'new.checker@example.com',
        displayName: 'New Checker',
        role: 'checker',
        password: 'a-strong-passphrase',
      },
    })
    expect(created.statusCode).toBe(201)
    const user = UserSchema.parse(created.json())
    const [event] = await t.db.handle.db
      .select()
      .from(events)
      .where(and(eq(events.action, 'user.created'), eq(events.subjectId, user.id)))
    expect(event?.actorId).toBe(admin.user.id)
    expect(JSON.stringify(event?.after)).not.toContain('passwordHash')

    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: {
        email: 'NEW.checker@example.com',
        displayName: 'Dup',
        role: 'checker',
        password: 'a-strong-passphrase',
      },
    })
    expect(duplicate.statusCode).toBe(409)

    const theirs = await login(t.app, 'new.checker@example.com', 'a-strong-passphrase', '10.7.0.2')
    expect(MeSchema.parse((await me(theirs.cookie)).json()).user?.id).toBe(user.id)

    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin.headers,
      payload: { version: user.version + 5, active: false },
    })
    expect(stale.statusCode).toBe(409)

    const deactivated = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin.headers,
      payload: { version: user.version, active: false },
    })
    expect(deactivated.statusCode).toBe(200)
    expect(UserSchema.parse(deactivated.json())).toMatchObject({ active: false, version: user.version + 1 })
    expect((await me(theirs.cookie)).statusCode).toBe(401)
    expect(await t.db.handle.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0)
    // A deactivated account cannot log in, and says so no differently from a wrong password.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'new.checker@example.com', password: 'a-strong-passphrase' },
      remoteAddress: '10.7.0.3',
    })
    expect(again.statusCode).toBe(401)
    expect(ErrorSchema.parse(again.json()).code).toBe('INVALID_CREDENTIALS')

    const list = UserListSchema.parse(
      (await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: admin.cookie } })).json(),
    )
    expect(list.items.map((u) => u.email)).toContain('new.checker@example.com')
  })

  it('keeps account management to admins', async () => {
    const editor = await login(t.app, 'editor@example.com', undefined, '10.8.0.1')
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { cookie: editor.cookie },
    })
    expect(res.statusCode).toBe(403)
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401)
  })

  it('rate-limits login per account and per address with a clear 429', async () => {
    const fail = (email: string, ip: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: 'wrong' },
        remoteAddress: ip,
      })
    // Per account: 3 failures, then 429 even with the right password and from another address.
    for (let i = 0; i < 3; i++) expect((await fail('editor@example.com', `10.9.0.${i}`)).statusCode).toBe(401)
    const blocked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'editor@example.com', password: 'claimtrail-demo' },
      remoteAddress: '10.9.1.1',
    })
    expect(blocked.statusCode).toBe(429)
    expect(ErrorSchema.parse(blocked.json())).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' })
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0)
    // Per address: 8 failures across accounts, then 429.
    const statuses: number[] = []
    for (let i = 0; i < 9; i++) statuses.push((await fail(`user${i}@example.com`, '10.9.9.9')).statusCode)
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(401))
    expect(statuses[8]).toBe(429)
  })

  it('sends security headers with a working Content-Security-Policy', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/articles' })
    expect(res.headers['content-security-policy']).toContain("script-src 'self'")
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['strict-transport-security']).toBeDefined()
  })
})

describe.each(await testDatabases())('login timing on $driver', (testDb) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(testDb)
  })
  afterAll(async () => {
    await t?.close()
  })

  it('answers a wrong password and an unknown email the same way, in about the same time', async () => {
    const attempt = async (email: string, round: number) => {
      const started = performance.now()
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: 'not-the-password' },
        remoteAddress: `10.2.0.${round}`,
      })
      return { res, ms: performance.now() - started }
    }
    // Interleaved rounds and medians: one slow moment on a busy machine must not decide it.
    const wrong: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 5; round++) {
      const a = await attempt('checker@example.com', round)
      const b = await attempt(`nobody${round}@example.com`, round)
      expect(a.res.statusCode).toBe(401)
      expect(b.res.statusCode).toBe(401)
      const x = ErrorSchema.parse(a.res.json())
      const y = ErrorSchema.parse(b.res.json())
      expect({ code: x.code, message: x.message }).toEqual({ code: y.code, message: y.message })
      expect(x).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect' })
      wrong.push(a.ms)
      unknown.push(b.ms)
    }
    const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 0
    // Both paths run one argon2id verification (about 50 ms); without the dummy hash an unknown
    // email would answer in about 1 ms, a ratio of 50.
    const ratio = Math.max(median(wrong), median(unknown)) / Math.min(median(wrong), median(unknown))
    expect(ratio).toBeLessThan(3)
  })
})
