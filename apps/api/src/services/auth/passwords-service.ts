import type {
  AuditEventKey,
  ChangePassword,
  PasswordResetIssued,
  RedeemPasswordReset,
} from '@claimtrail/contracts'
import { appendEvent, type Db, type DbOrTx, schema } from '@claimtrail/db'
import { and, eq, gt, isNull, sql } from 'drizzle-orm'
import { InvalidError, NotFoundError, TooManyAttemptsError } from '../../errors.ts'
import type { LoginThrottle } from './login-throttle.ts'
import { passwordProblem } from './password-rule.ts'
import { hashPassword, verifyPassword } from './passwords.ts'
import type { SessionsService } from './sessions-service.ts'
import { hashToken, newToken } from './tokens.ts'

const { users, passwordResets } = schema

/** How long an admin-issued reset code works. */
export const RESET_CODE_MINUTES = 60

const resetInvalid = (message: string) =>
  new InvalidError(`body.code: ${message}`, { issues: [{ field: 'body.code', message }] })

type UserRow = typeof users.$inferSelect

/** Who sets a password: a signed-in user, an admin, or nobody (the operator's CLI). */
export interface PasswordActor {
  id: string | null
  requestId?: string | null
}

/**
 * Every way a password changes: by its owner (current password required), by an admin-issued
 * one-time code, or by the operator's CLI. Each applies the one password rule
 * (packages/core `passwordProblem`), ends the account's other sessions and writes its audit event
 * in the same transaction (docs/decisions/015-accounts-throttle-and-input-hardening.md).
 */
export function createPasswordsService(deps: { db: Db; sessions: SessionsService; throttle: LoginThrottle }) {
  const { db, sessions, throttle } = deps

  async function newHashFor(user: Pick<UserRow, 'email' | 'displayName'>, password: string, field: string) {
    const problem = await passwordProblem(password, [user.email, user.displayName])
    if (problem) throw new InvalidError(`${field}: ${problem}`, { issues: [{ field, message: problem }] })
    return hashPassword(password)
  }

  async function setHash(
    tx: DbOrTx,
    user: UserRow,
    passwordHash: string,
    actor: PasswordActor,
    action: Extract<AuditEventKey, { subjectType: 'user' }>['action'],
    keepTokenHash?: string,
  ) {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id))
    await sessions.revokeAllFor(user.id, tx, keepTokenHash)
    // A password set any way voids the codes issued before it.
    await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)))
    await appendEvent(tx, {
      actorId: actor.id ?? user.id,
      action,
      subjectType: 'user',
      subjectId: user.id,
      requestId: actor.requestId ?? null,
    })
  }

  /**
   * The signed-in user changes their own password. The current password is checked under the
   * login throttle (a stolen session must not become a way to guess it); the sessions other than
   * this one end.
   */
  async function changeOwn(
    session: { userId: string; tokenHash: string },
    input: ChangePassword,
    meta: { ip: string; requestId: string },
  ): Promise<void> {
    const [user] = await db.select().from(users).where(eq(users.id, session.userId))
    if (!user) throw new NotFoundError('User')
    const admitted = await throttle.admit(user.email, meta.ip)
    if (!admitted.ok) throw new TooManyAttemptsError(admitted.retryAfterSeconds)
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new InvalidError('body.currentPassword: is not your current password', {
        issues: [{ field: 'body.currentPassword', message: 'is not your current password' }],
      })
    }
    await throttle.succeeded(admitted)
    const passwordHash = await newHashFor(user, input.newPassword, 'body.newPassword')
    await db.transaction((tx) =>
      setHash(
        tx,
        user,
        passwordHash,
        { id: user.id, requestId: meta.requestId },
        'user.password_changed',
        session.tokenHash,
      ),
    )
  }

  /** An admin issues a one-time code for an account; it is shown once and stored by hash only. */
  async function issueReset(
    actor: { id: string; requestId: string },
    userId: string,
  ): Promise<PasswordResetIssued> {
    const code = newToken()
    const expiresAt = new Date(Date.now() + RESET_CODE_MINUTES * 60_000)
    await db.transaction(async (tx) => {
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId))
      if (!user) throw new NotFoundError('User')
      await tx
        .insert(passwordResets)
        .values({ tokenHash: hashToken(code), userId, createdBy: actor.id, expiresAt })
      await appendEvent(tx, {
        actorId: actor.id,
        action: 'user.password_reset_issued',
        subjectType: 'user',
        subjectId: userId,
        after: { expiresAt: expiresAt.toISOString() },
        requestId: actor.requestId,
      })
    })
    return { code, path: `/reset-password#${code}`, expiresAt: expiresAt.toISOString() }
  }

  /** The account's owner sets a new password with the code; every session of the account ends. */
  async function redeemReset(input: RedeemPasswordReset, meta: { requestId: string }): Promise<void> {
    const tokenHash = hashToken(input.code)
    const [found] = await db
      .select({ user: users })
      .from(passwordResets)
      .innerJoin(users, eq(users.id, passwordResets.userId))
      .where(
        and(
          eq(passwordResets.tokenHash, tokenHash),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, new Date()),
          eq(users.active, true),
        ),
      )
    if (!found) throw resetInvalid('is unknown, used or expired; ask an admin for a new reset link')
    const passwordHash = await newHashFor(found.user, input.newPassword, 'body.newPassword')
    await db.transaction(async (tx) => {
      // Claimed in the same statement that checks it: two redemptions of one code cannot both win.
      const claimed = await tx
        .update(passwordResets)
        .set({ usedAt: new Date() })
        .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt)))
        .returning({ userId: passwordResets.userId })
      if (claimed.length === 0) {
        throw resetInvalid('was just used; ask an admin for a new reset link')
      }
      await setHash(
        tx,
        found.user,
        passwordHash,
        { id: found.user.id, requestId: meta.requestId },
        'user.password_reset',
      )
    })
  }

  /** The operator's `users:set-password`: no current password, every session of the account ends. */
  async function setByOperator(email: string, password: string): Promise<UserRow> {
    const [user] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`)
    if (!user) throw new NotFoundError(`Account ${email}`)
    const passwordHash = await newHashFor(user, password, 'password')
    await db.transaction((tx) => setHash(tx, user, passwordHash, { id: null }, 'user.password_set'))
    return user
  }

  return { changeOwn, issueReset, redeemReset, setByOperator }
}

export type PasswordsService = ReturnType<typeof createPasswordsService>
