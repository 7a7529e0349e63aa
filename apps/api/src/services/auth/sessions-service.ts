import type { User } from '@claimtrail/contracts'
import { type Db, type DbOrTx, schema } from '@claimtrail/db'
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm'
import { hashToken, newToken } from './tokens.ts'

const { sessions, users } = schema

export interface SessionsConfig {
  idleMinutes: number
  maxHours: number
}

export interface ResolvedSession {
  tokenHash: string
  csrfSecret: string
  user: User
}

// Sliding expiry is written at most once a minute per session, not on every request; with a
// short idle timeout, at least ten times per timeout, so steady use always renews it in time.
const TOUCH_INTERVAL_MS = 60_000

type UserRow = Pick<typeof users.$inferSelect, 'id' | 'email' | 'displayName' | 'role' | 'active' | 'version'>

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    active: row.active,
    version: row.version,
  }
}

/** Server-side sessions in PostgreSQL: any API process can resolve any cookie. */
export function createSessionsService({ db, config }: { db: Db; config: SessionsConfig }) {
  const idleMs = config.idleMinutes * 60_000
  const maxMs = config.maxHours * 3_600_000
  const touchIntervalMs = Math.min(TOUCH_INTERVAL_MS, idleMs / 10)

  // Every signed-in request runs this: built once (composing it cost more CPU than running it),
  // and without the password hash, which a session never needs.
  const sessionByToken = db
    .select({
      session: {
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        csrfSecret: sessions.csrfSecret,
      },
      user: {
        id: users.id,
        email: users.email,
        displayName: users.displayName,
        role: users.role,
        active: users.active,
        version: users.version,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
        eq(users.active, true),
      ),
    )
    .prepare('session_by_token')

  async function create(userId: string, meta: { ip?: string; userAgent?: string }, tx: DbOrTx = db) {
    const token = newToken()
    const csrfSecret = newToken()
    const now = Date.now()
    await tx.insert(sessions).values({
      tokenHash: hashToken(token),
      userId,
      csrfSecret,
      expiresAt: new Date(now + idleMs),
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 512) ?? null,
    })
    return { token, csrfSecret, maxAgeSeconds: Math.floor(maxMs / 1000) }
  }

  /** The live session behind a cookie token, or null when unknown, expired or its user is inactive. */
  async function resolve(token: string): Promise<ResolvedSession | null> {
    if (token.length > 128) return null
    const tokenHash = hashToken(token)
    const now = new Date()
    const [row] = await sessionByToken.execute({ tokenHash, now: now.toISOString() })
    if (!row) return null
    if (now.getTime() - row.session.createdAt.getTime() > maxMs) {
      await revoke(token)
      return null
    }
    if (now.getTime() - row.session.lastSeenAt.getTime() >= touchIntervalMs) {
      await db
        .update(sessions)
        .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + idleMs) })
        .where(eq(sessions.tokenHash, tokenHash))
    }
    return { tokenHash, csrfSecret: row.session.csrfSecret, user: toUser(row.user) }
  }

  async function revoke(token: string, tx: DbOrTx = db): Promise<void> {
    await tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)))
  }

  /** Ends every session of a user at once (deactivation, password change), but `keepTokenHash`. */
  async function revokeAllFor(userId: string, tx: DbOrTx = db, keepTokenHash?: string): Promise<void> {
    await tx
      .delete(sessions)
      .where(
        keepTokenHash
          ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash))
          : eq(sessions.userId, userId),
      )
  }

  /** Housekeeping: expired sessions are useless rows. */
  async function purgeExpired(): Promise<void> {
    await db.delete(sessions).where(lt(sessions.expiresAt, new Date()))
  }

  return { create, resolve, revoke, revokeAllFor, purgeExpired }
}

export type SessionsService = ReturnType<typeof createSessionsService>
