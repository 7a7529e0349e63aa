import { CreateUserSchema, SetPasswordSchema } from '@claimtrail/contracts'
import type { Db } from '@claimtrail/db'
import type { z } from 'zod'
import { createLoginThrottle } from '../services/auth/login-throttle.ts'
import { createPasswordsService } from '../services/auth/passwords-service.ts'
import { createSessionsService } from '../services/auth/sessions-service.ts'
import { createUsersService } from '../services/users-service.ts'

/**
 * Operator commands that write to the database and must work whether or not the server is
 * running: the CLI runs them itself when it can open the database, or sends them to the running
 * server through its admin channel when the server owns the embedded database folder
 * (admin-channel.ts, ADR 018). Each returns the line the CLI prints.
 *
 * To add one: an input schema and a `run` over the database, here;
 * the CLI calls `runAdminOperation` with its name (cli/database-access.ts).
 */
export interface AdminOperation<S extends z.ZodType> {
  input: S
  run(db: Db, input: z.output<S>): Promise<string>
}

const operation = <S extends z.ZodType>(op: AdminOperation<S>) => op

export const adminOperations = {
  'users:create': operation({
    input: CreateUserSchema,
    async run(db, input) {
      // The CLI acts as nobody: the account's creation event names the account itself.
      const sessions = createSessionsService({ db, config: { idleMinutes: 1, maxHours: 1 } })
      const user = await createUsersService({ db, sessions }).create({ id: null }, input)
      return `created ${user.role} ${user.email} (${user.id})`
    },
  }),
  'users:set-password': operation({
    input: SetPasswordSchema,
    async run(db, input) {
      // Neither the session settings nor the throttle's limits matter to an operator's reset.
      const sessions = createSessionsService({ db, config: { idleMinutes: 1, maxHours: 1 } })
      const throttle = createLoginThrottle({
        db,
        config: { windowMinutes: 1, maxFailuresPerAccount: 1, maxFailuresPerAddress: 1 },
      })
      const user = await createPasswordsService({ db, sessions, throttle }).setByOperator(
        input.email,
        input.password,
      )
      return `password set for ${user.email}; its sessions were ended`
    },
  }),
} satisfies Record<string, AdminOperation<z.ZodType>>

export type AdminOperationName = keyof typeof adminOperations
export type AdminOperationInput<N extends AdminOperationName> = z.input<(typeof adminOperations)[N]['input']>

export function isAdminOperation(name: string): name is AdminOperationName {
  return Object.hasOwn(adminOperations, name)
}
