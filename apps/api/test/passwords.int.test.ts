import type { AuditAction } from '@claimtrail/contracts'
import { ErrorSchema, PasswordResetIssuedSchema } from '@claimtrail/contracts'
import { schema } from '@claimtrail/db'
import { testDatabases } from '@claimtrail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './helpers.ts'
import { login } from './session.ts'

const { events, passwordResets, users } = schema

describe.each(await testDatabases())('passwords on $driver', (testDb) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(testDb)
  })
  afterAll(async () => {
    await t?.close()
  })

  const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })
  const eventsFor = async (action: AuditAction, email: string) => {
    const [user] = await t.db.handle.db.select().from(users).where(eq(users.email, email))
    return t.db.handle.db
      .select()
      .from(events)
      .where(and(eq(events.action, action), eq(events.subjectId, user?.id ?? '')))
  }

  it('changes one’s own password with the current one; the other sessions end, this one stays', async () => {
    const here = await login(t.app, 'checker@example.com', undefined, '10.70.0.1')
    const elsewhere = await login(t.app, 'checker@example.com', undefined, '10.70.0.2')
    const change = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: here.headers, payload })

    const wrong = await change({ currentPassword: 'not-it', newPassword: 'staple orbit lantern gravy' })
    expect(wrong.statusCode).toBe(400)
    expect(ErrorSchema.parse(wrong.json()).message).toBe('body.currentPassword: is not your current password')

    for (const weak of ['aaaaaaaaaaaa', '123456789012', 'short']) {
      const res = await change({ currentPassword: 'claimtrail-demo', newPassword: weak })
      expect(res.statusCode).toBe(400)
      expect(ErrorSchema.parse(res.json()).message).toMatch(
        /^body.newPassword: (is too easy to guess|must be at least 12)/,
      )
    }

    const ok = await change({ currentPassword: 'claimtrail-demo', newPassword: 'staple orbit lantern gravy' })
    expect(ok.statusCode).toBe(204)
    expect((await me(here.cookie)).statusCode).toBe(200)
    expect((await me(elsewhere.cookie)).statusCode).toBe(401)
    await expect(login(t.app, 'checker@example.com', 'claimtrail-demo', '10.70.0.3')).rejects.toThrow(/401/)
    await login(t.app, 'checker@example.com', 'staple orbit lantern gravy', '10.70.0.3')
    const [event] = await eventsFor('user.password_changed', 'checker@example.com')
    expect(event).toMatchObject({ actorId: here.user.id, requestId: ok.headers['x-request-id'] })
    expect(JSON.stringify(event)).not.toContain('staple')
  })

  it('needs a CSRF token and a session to change a password', async () => {
    const editor = await login(t.app, 'editor@example.com', undefined, '10.71.0.1')
    const payload = { currentPassword: 'claimtrail-demo', newPassword: 'staple orbit lantern gravy' }
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: editor.cookie },
      payload,
    })
    expect(noCsrf.statusCode).toBe(403)
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', payload })
    expect(anonymous.statusCode).toBe(401)
  })

  it('lets an admin issue a one-time, expiring reset link that ends every session when used', async () => {
    const admin = await login(t.app, 'admin@example.com', undefined, '10.72.0.1')
    const editor = await login(t.app, 'editor@example.com', undefined, '10.72.0.2')
    const issue = (as: typeof admin) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/users/${editor.user.id}/password-reset`,
        headers: as.headers,
      })
    expect((await issue(editor)).statusCode).toBe(403)
    const issued = await issue(admin)
    expect(issued.statusCode).toBe(201)
    const reset = PasswordResetIssuedSchema.parse(issued.json())
    expect(reset.path).toBe(`/reset-password#${reset.code}`)
    expect(new Date(reset.expiresAt).getTime()).toBeGreaterThan(Date.now() + 50 * 60_000)
    // Stored by hash only.
    const stored = await t.db.handle.db.select().from(passwordResets)
    expect(JSON.stringify(stored)).not.toContain(reset.code)
    expect(await eventsFor('user.password_reset_issued', 'editor@example.com')).toHaveLength(1)

    const redeem = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload })
    const weak = await redeem({ code: reset.code, newPassword: 'editor@example.com' })
    expect(weak.statusCode).toBe(400)
    expect(ErrorSchema.parse(weak.json()).message).toMatch(/^body.newPassword: is too easy to guess/)
    const forged = await redeem({ code: 'A'.repeat(43), newPassword: 'violet harbor quantum sparrow' })
    expect(forged.statusCode).toBe(400)
    expect(ErrorSchema.parse(forged.json()).message).toMatch(/^body.code: is unknown, used or expired/)
    const malformed = await redeem({ code: '<script>', newPassword: 'violet harbor quantum sparrow' })
    expect(ErrorSchema.parse(malformed.json())).toMatchObject({ code: 'VALIDATION' })

    expect(
      (await redeem({ code: reset.code, newPassword: 'violet harbor quantum sparrow' })).statusCode,
    ).toBe(204)
    expect((await me(editor.cookie)).statusCode).toBe(401)
    await login(t.app, 'editor@example.com', 'violet harbor quantum sparrow', '10.72.0.3')
    const again = await redeem({ code: reset.code, newPassword: 'another quite long phrase here' })
    expect(again.statusCode).toBe(400)
    expect(await eventsFor('user.password_reset', 'editor@example.com')).toHaveLength(1)
  })

  it('refuses an expired reset code', async () => {
    const admin = await login(t.app, 'admin@example.com', undefined, '10.73.0.1')
    const [checker] = await t.db.handle.db.select().from(users).where(eq(users.email, 'checker@example.com'))
    const issued = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${checker?.id}/password-reset`,
      headers: admin.headers,
    })
    const { code } = PasswordResetIssuedSchema.parse(issued.json())
    await t.db.handle.db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(passwordResets.userId, checker?.id ?? ''))
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { code, newPassword: 'violet harbor quantum sparrow' },
    })
    expect(res.statusCode).toBe(400)
  })

  it('refuses a weak password for a new account', async () => {
    const admin = await login(t.app, 'admin@example.com', undefined, '10.74.0.1')
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin.headers,
      payload: { email: 'weak@example.com', displayName: 'Weak', role: 'checker', password: '123456789012' },
    })
    expect(res.statusCode).toBe(400)
    expect(ErrorSchema.parse(res.json()).message).toMatch(/^password: is too easy to guess/)
  })
})
