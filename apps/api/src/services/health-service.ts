import type { Health } from '@claimtrail/contracts'
import { type DatabaseHandle, describeError } from '@claimtrail/db'

const PING_TIMEOUT_MS = 2_000

/**
 * Whether the server has its database yet. A server on PostgreSQL listens before the database
 * answers (boot.ts, waitForDatabase): until then every request but /healthz is answered 503, and
 * /healthz says what it is waiting for.
 */
export interface DatabaseReadiness {
  readonly isReady: boolean
  readonly reason: string | undefined
  ready(): void
  waiting(reason: string): void
}

export function createReadiness(initiallyReady: boolean): DatabaseReadiness {
  let isReady = initiallyReady
  let reason: string | undefined = initiallyReady ? undefined : 'connecting to the database'
  return {
    get isReady() {
      return isReady
    },
    get reason() {
      return reason
    },
    ready() {
      isReady = true
      reason = undefined
    },
    waiting(why) {
      reason = why
    },
  }
}

export function createHealthService({
  database,
  readiness = createReadiness(true),
}: {
  database: DatabaseHandle
  readiness?: DatabaseReadiness
}) {
  return {
    readiness,
    /** Database reachability within a short deadline: a hung database must not hang the probe. */
    async check(): Promise<Health> {
      if (!readiness.isReady) {
        return {
          status: 'starting',
          database: 'down',
          driver: database.driver,
          reason: readiness.reason ?? 'connecting to the database',
        }
      }
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS)
      })
      try {
        await Promise.race([database.ping(), timeout])
        return { status: 'ok', database: 'up', driver: database.driver }
      } catch (error) {
        return {
          status: 'unavailable',
          database: 'down',
          driver: database.driver,
          reason: describeError(error),
        }
      } finally {
        clearTimeout(timer)
      }
    },
  }
}

export type HealthService = ReturnType<typeof createHealthService>
