import { createHash } from 'node:crypto'
import { setImmediate } from 'node:timers/promises'
import type {
  PublicClaimFilters,
  PublicClaimList,
  PublicClaimListQuery,
  PublicClaimSummary,
} from '@claimtrail/contracts'
import type { Db } from '@claimtrail/db'
import { createPublicClaimsQuery } from '../public-claims-query.ts'
import { inSnapshot } from './ledger-snapshot.ts'

/** Rows per read and per hashing step of the CSV export: a few milliseconds of work each. */
const EXPORT_PAGE = 200

/** The ledger list and its CSV export. */
export function createClaimsListReads(db: Db, baseUrl: string) {
  async function list(q: PublicClaimListQuery): Promise<PublicClaimList> {
    const { limit, cursor, ...filters } = q
    return inSnapshot(db, async (tx) => {
      const query = createPublicClaimsQuery(tx, baseUrl)
      return query.page(await query.filtersToSql(filters), limit, cursor)
    })
  }

  /**
   * Every claim matching the filters, newest first, for the CSV export: checked and read in one
   * snapshot before the first byte is sent, so a bad filter is still a 400.
   */
  async function exportAll(
    filters: PublicClaimFilters,
  ): Promise<{ rows: AsyncGenerator<PublicClaimSummary>; digest: string }> {
    // Pages, not one statement: a single read of the whole ledger arrives (and is decoded) on the
    // server's thread in one piece, a stall for every other request that grows with the ledger
    // (ADR 013). Each page is one short step; the loop turns between them.
    const rows = await inSnapshot(db, async (tx) => {
      const query = createPublicClaimsQuery(tx, baseUrl)
      const where = await query.filtersToSql(filters)
      const all: PublicClaimSummary[] = []
      let cursor: string | undefined
      do {
        const page = await query.page(where, EXPORT_PAGE, cursor)
        all.push(...page.items)
        cursor = page.nextCursor ?? undefined
        await setImmediate()
      } while (cursor !== undefined)
      return all
    })
    // The export is a function of these rows alone: their digest stands for its bytes (the ETag of
    // a body that streams), and stays the same through writes that change nothing public.
    const hash = createHash('sha256')
    for (let i = 0; i < rows.length; i += EXPORT_PAGE) {
      for (const row of rows.slice(i, i + EXPORT_PAGE)) hash.update(JSON.stringify(row)).update('\n')
      await setImmediate()
    }
    return {
      digest: hash.digest('base64url').slice(0, 32),
      rows: (async function* () {
        yield* rows
      })(),
    }
  }

  return { list, exportAll }
}
