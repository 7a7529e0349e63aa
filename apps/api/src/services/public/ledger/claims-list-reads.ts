import { createHash } from 'node:crypto'
import type {
  PublicClaimFilters,
  PublicClaimList,
  PublicClaimListQuery,
  PublicClaimSummary,
} from '@claimtrail/contracts'
import type { Db } from '@claimtrail/db'
import { createPublicClaimsQuery } from '../public-claims-query.ts'
import { inSnapshot } from './ledger-snapshot.ts'

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
    const rows = await inSnapshot(db, async (tx) => {
      const query = createPublicClaimsQuery(tx, baseUrl)
      return query.all(await query.filtersToSql(filters))
    })
    // The export is a function of these rows alone: their digest stands for its bytes (the ETag of
    // a body that streams), and stays the same through writes that change nothing public.
    const hash = createHash('sha256')
    for (const row of rows) hash.update(JSON.stringify(row)).update('\n')
    return {
      digest: hash.digest('base64url').slice(0, 32),
      rows: (async function* () {
        yield* rows
      })(),
    }
  }

  return { list, exportAll }
}
