import { type Db, schema } from '@claimtrail/db'
import { and, eq, inArray, lt, sql } from 'drizzle-orm'

const { loginAttempts } = schema

export interface ThrottleConfig {
  windowMinutes: number
  maxFailuresPerAccount: number
  maxAttemptsPerAddress: number
}

/**
 * Login rate limiting in fixed windows, per account (failures) and per address (all attempts),
 * kept in PostgreSQL so every API process counts the same.
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
    /**
     * Counts this attempt against the address and says whether it may proceed; when not, how many
     * seconds until the window resets.
     */
    async admit(email: string, ip: string): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
      const now = Date.now()
      const counts = await count([accountKey(email), addressKey(ip)], now)
      const retryAfterSeconds = Math.ceil((windowStart(now).getTime() + windowMs - now) / 1000)
      if ((counts.get(accountKey(email)) ?? 0) >= config.maxFailuresPerAccount)
        return { ok: false, retryAfterSeconds }
      if ((counts.get(addressKey(ip)) ?? 0) >= config.maxAttemptsPerAddress)
        return { ok: false, retryAfterSeconds }
      await bump(addressKey(ip), now)
      return { ok: true }
    },
    async recordFailure(email: string): Promise<void> {
      await bump(accountKey(email), Date.now())
    },
    async purgeOld(): Promise<void> {
      await db.delete(loginAttempts).where(lt(loginAttempts.windowStart, new Date(Date.now() - 2 * windowMs)))
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
