import type { CreateUser, UpdateUser, User } from '@claimtrail/contracts'
import { appendEvent, type Db, schema } from '@claimtrail/db'
import { and, asc, eq, sql } from 'drizzle-orm'
import { ConflictError, InvalidError, NotFoundError } from '../errors.ts'
import { passwordProblem } from './auth/password-rule.ts'
import { hashPassword } from './auth/passwords.ts'
import { type SessionsService, toUser } from './auth/sessions-service.ts'

const { users } = schema

/** Who creates or changes an account: an admin, or nobody (the CLI on a fresh install). */
type Actor = Pick<import('./actor.ts').Actor, 'id' | 'requestId'> | { id: null; requestId?: undefined }

/** Accounts: admins create them, change roles and deactivate them. */
export function createUsersService({ db, sessions }: { db: Db; sessions: SessionsService }) {
  async function list(): Promise<User[]> {
    const rows = await db.select().from(users).orderBy(asc(users.email))
    return rows.map(toUser)
  }

  async function create(actor: Actor, input: CreateUser): Promise<User> {
    const problem = await passwordProblem(input.password, [input.email, input.displayName])
    if (problem)
      throw new InvalidError(`password: ${problem}`, {
        issues: [{ field: 'body.password', message: problem }],
      })
    const passwordHash = await hashPassword(input.password)
    return db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: users.id })
        .from(users)
        .where(sql`lower(${users.email}) = lower(${input.email})`)
      if (existing) throw new ConflictError(`An account with email ${input.email} already exists`)
      const [row] = await tx
        .insert(users)
        .values({ email: input.email, displayName: input.displayName, role: input.role, passwordHash })
        .returning()
      if (!row) throw new Error('user insert returned nothing')
      const user = toUser(row)
      await appendEvent(tx, {
        actorId: actor.id ?? row.id,
        action: 'user.created',
        subjectType: 'user',
        subjectId: row.id,
        after: user,
        requestId: actor.requestId ?? null,
      })
      return user
    })
  }

  async function update(actor: Actor, userId: string, input: UpdateUser): Promise<User> {
    return db.transaction(async (tx) => {
      const [current] = await tx.select().from(users).where(eq(users.id, userId)).for('update')
      if (!current) throw new NotFoundError('User')
      assertEditable(actor, current, input)
      const [row] = await tx
        .update(users)
        .set({ ...editedColumns(input), version: current.version + 1, updatedAt: new Date() })
        .where(and(eq(users.id, userId), eq(users.version, input.version)))
        .returning()
      if (!row) throw new ConflictError('User was changed by someone else')
      // A deactivated account's sessions end at once; a role change takes effect on the next request.
      if (!row.active) await sessions.revokeAllFor(userId, tx)
      await appendEvent(tx, {
        actorId: actor.id,
        action: updateAction(current.active, row.active),
        subjectType: 'user',
        subjectId: userId,
        before: toUser(current),
        after: toUser(row),
        requestId: actor.requestId ?? null,
      })
      return toUser(row)
    })
  }

  return { list, create, update }
}

export type UsersService = ReturnType<typeof createUsersService>

/** The version must match, and an admin may neither deactivate nor demote themself. */
function assertEditable(actor: Actor, current: typeof users.$inferSelect, input: UpdateUser): void {
  if (current.version !== input.version) {
    throw new ConflictError(
      `User was changed by someone else (version ${current.version}, you sent ${input.version})`,
      {
        current: toUser(current),
      },
    )
  }
  if (actor.id === current.id && (input.active === false || (input.role && input.role !== 'admin'))) {
    throw new InvalidError('You cannot deactivate yourself or remove your own admin role')
  }
}

/** Only the fields the input sends. */
function editedColumns(input: UpdateUser) {
  return {
    ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
    ...(input.role === undefined ? {} : { role: input.role }),
    ...(input.active === undefined ? {} : { active: input.active }),
  }
}

function updateAction(wasActive: boolean, active: boolean) {
  if (active === wasActive) return 'user.updated' as const
  return active ? ('user.reactivated' as const) : ('user.deactivated' as const)
}
