import { type Db, schema } from '@claimtrail/db'
import { and, inArray, lt, sql } from 'drizzle-orm'

const { loginAttempts } = schema

export interface ThrottleConfig {
  windowMinutes: number
  maxFailuresPerAccount: number
  maxFailuresPerAddress: number
}

/** An admitted attempt: hand it back to `succeeded` when the password was right. */
export interface AdmittedAttempt {
  ok: true
  keys: string[]
  windowStart: Date
}

/**
 * Login rate limiting in fixed windows: attempts per account and per address, kept in the
 * database so every API process counts the same (docs/decisions/007-sessions-csrf-and-login-throttling.md).
 *
 * An attempt is counted *before* its password is verified, by one insert-or-increment statement
 * that returns the new counts: concurrent attempts each get a distinct count, so no more than
 * the limit are ever verified in a window, however many arrive at once (ADR 015). A successful
 * login gives its count back, so a newsroom behind one shared address does not lock itself out by
 * working.
 */
export function createLoginThrottle({ db, config }: { db: Db; config: ThrottleConfig }) {
  const windowMs = config.windowMinutes * 60_000
  const windowStartOf = (now: number) => new Date(now - (now % windowMs))
  const accountKey = (email: string) => `account:${email.toLowerCase()}`
  const addressKey = (ip: string) => `ip:${ip}`

  return {
    /**
     * Counts an attempt and says whether it may proceed; when not, how many seconds until the
     * window resets. Attempts refused here still count: hammering a locked account keeps it locked
     * for the rest of the window, never longer.
     */
    async admit(
      email: string,
      ip: string,
    ): Promise<AdmittedAttempt | { ok: false; retryAfterSeconds: number }> {
      const now = Date.now()
      const windowStart = windowStartOf(now)
      const keys = [accountKey(email), addressKey(ip)]
      const rows = await db
        .insert(loginAttempts)
        .values(keys.map((key) => ({ key, windowStart, failures: 1 })))
        .onConflictDoUpdate({
          target: [loginAttempts.key, loginAttempts.windowStart],
          set: { failures: sql`${loginAttempts.failures} + 1` },
        })
        .returning({ key: loginAttempts.key, failures: loginAttempts.failures })
      const counts = new Map(rows.map((r) => [r.key, r.failures]))
      if (
        (counts.get(keys[0] as string) ?? 0) > config.maxFailuresPerAccount ||
        (counts.get(keys[1] as string) ?? 0) > config.maxFailuresPerAddress
      ) {
        return { ok: false, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowMs - now) / 1000) }
      }
      return { ok: true, keys, windowStart }
    },
    /** The password was right: the attempt was not a failure after all. */
    async succeeded(attempt: AdmittedAttempt): Promise<void> {
      await db
        .update(loginAttempts)
        .set({ failures: sql`greatest(${loginAttempts.failures} - 1, 0)` })
        .where(
          and(
            inArray(loginAttempts.key, attempt.keys),
            sql`${loginAttempts.windowStart} = ${attempt.windowStart.toISOString()}::timestamptz`,
          ),
        )
    },
    async purgeOld(): Promise<void> {
      await db.delete(loginAttempts).where(lt(loginAttempts.windowStart, new Date(Date.now() - 2 * windowMs)))
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
