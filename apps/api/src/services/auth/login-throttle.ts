import { type Db, schema } from '@claimtrail/db'
import { and, eq, inArray, lt, sql } from 'drizzle-orm'

const { loginAttempts } = schema

export interface ThrottleConfig {
  windowMinutes: number
  maxFailuresPerAccount: number
  maxFailuresPerAddress: number
}

/**
 * Login rate limiting in fixed windows: failed logins per account and per address, kept in
 * PostgreSQL so every API process counts the same. Successful logins are not counted, so a
 * newsroom behind one shared address does not lock itself out by working.
 */
export function createLoginThrottle({ db, config }: { db: Db; config: ThrottleConfig }) {
  const windowMs = config.windowMinutes * 60_000
  const windowStart = (now: number) => new Date(now - (now % windowMs))
  const accountKey = (email: string) => `account:${email.toLowerCase()}`
  const addressKey = (ip: string) => `ip:${ip}`

  async function count(keys: string[], now: number): Promise<Map<string, number>> {
    const rows = await db
      .select({ key: loginAttempts.key, failures: loginAttempts.failures })
      .from(loginAttempts)
      .where(and(inArray(loginAttempts.key, keys), eq(loginAttempts.windowStart, windowStart(now))))
    return new Map(rows.map((r) => [r.key, r.failures]))
  }

  async function bump(key: string, now: number): Promise<void> {
    await db
      .insert(loginAttempts)
      .values({ key, windowStart: windowStart(now), failures: 1 })
      .onConflictDoUpdate({
        target: [loginAttempts.key, loginAttempts.windowStart],
        set: { failures: sql`${loginAttempts.failures} + 1` },
      })
  }

  return {
    /** Whether an attempt may proceed; when not, how many seconds until the window resets. */
    async admit(email: string, ip: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
      const now = Date.now()
      const counts = await count([accountKey(email), addressKey(ip)], now)
      const retryAfterSeconds = Math.ceil((windowStart(now).getTime() + windowMs - now) / 1000)
      if ((counts.get(accountKey(email)) ?? 0) >= config.maxFailuresPerAccount)
        return { ok: false, retryAfterSeconds }
      if ((counts.get(addressKey(ip)) ?? 0) >= config.maxFailuresPerAddress)
        return { ok: false, retryAfterSeconds }
      return { ok: true }
    },
    async recordFailure(email: string, ip: string): Promise<void> {
      const now = Date.now()
      await bump(accountKey(email), now)
      await bump(addressKey(ip), now)
    },
    async purgeOld(): Promise<void> {
      await db.delete(loginAttempts).where(lt(loginAttempts.windowStart, new Date(Date.now() - 2 * windowMs)))
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
