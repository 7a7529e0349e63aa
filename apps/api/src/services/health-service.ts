import type { Health } from '@claimtrail/contracts'
import type { DatabaseHandle } from '@claimtrail/db'

const PING_TIMEOUT_MS = 2_000

export function createHealthService({ database }: { database: DatabaseHandle }) {
  return {
    /** Database reachability within a short deadline: a hung database must not hang the probe. */
    async check(): Promise<Health> {
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS)
      })
      try {
        await Promise.race([database.ping(), timeout])
        return { status: 'ok', database: 'up', driver: database.driver }
      } catch {
        return { status: 'unavailable', database: 'down', driver: database.driver }
      } finally {
        clearTimeout(timer)
      }
    },
  }
}

export type HealthService = ReturnType<typeof createHealthService>
