import type { LoginRequest, LoginResponse } from '@claimtrail/contracts'
import { appendEvent, type Db, schema } from '@claimtrail/db'
import { sql } from 'drizzle-orm'
import { TooManyAttemptsError, UnauthorizedError } from '../../errors.ts'
import type { LoginThrottle } from './login-throttle.ts'
import { hashPassword, verifyPassword } from './passwords.ts'
import { type SessionsService, toUser } from './sessions-service.ts'

const { users } = schema

export interface LoginMeta {
  ip: string
  userAgent?: string
  requestId: string
  /** The caller's current session token, if any: it is ended, so every login gets a fresh one. */
  previousToken?: string
}

export function createAuthService(deps: { db: Db; sessions: SessionsService; throttle: LoginThrottle }) {
  const { db, sessions, throttle } = deps
  // Verified against when the email is unknown, so both failures cost the same argon2 work.
  const dummyHash = hashPassword('claimtrail-timing-equaliser')

  async function login(
    credentials: LoginRequest,
    meta: LoginMeta,
  ): Promise<LoginResponse & { token: string; maxAgeSeconds: number }> {
    const admitted = await throttle.admit(credentials.email, meta.ip)
    if (!admitted.ok) throw new TooManyAttemptsError(admitted.retryAfterSeconds)

    const [user] = await db
      .select()
      .from(users)
      .where(sql`lower(${users.email}) = lower(${credentials.email})`)
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), credentials.password)
    if (!user || !valid || !user.active) {
      // One answer for unknown email, wrong password and deactivated account.
      throw new UnauthorizedError('Email or password is incorrect', 'INVALID_CREDENTIALS')
    }
    await throttle.succeeded(admitted)
    const session = await db.transaction(async (tx) => {
      if (meta.previousToken) await sessions.revoke(meta.previousToken, tx)
      const created = await sessions.create(user.id, { ip: meta.ip, userAgent: meta.userAgent }, tx)
      await appendEvent(tx, {
        actorId: user.id,
        action: 'session.login',
        subjectType: 'user',
        subjectId: user.id,
        requestId: meta.requestId,
      })
      return created
    })
    return {
      user: toUser(user),
      csrfToken: session.csrfSecret,
      token: session.token,
      maxAgeSeconds: session.maxAgeSeconds,
    }
  }

  async function logout(token: string, actorId: string, requestId: string): Promise<void> {
    await db.transaction(async (tx) => {
      await sessions.revoke(token, tx)
      await appendEvent(tx, {
        actorId,
        action: 'session.logout',
        subjectType: 'user',
        subjectId: actorId,
        requestId,
      })
    })
  }

  return { login, logout }
}

export type AuthService = ReturnType<typeof createAuthService>
