import type { Db } from '@claimtrail/db'
import { recentChanges } from './ledger/changelog-reads.ts'
import { createClaimPageReads } from './ledger/claim-page-reads.ts'
import { createClaimReviewFeedReads } from './ledger/claimreview-feed-reads.ts'
import { createClaimsListReads } from './ledger/claims-list-reads.ts'
import { createEntityPageReads } from './ledger/entity-page-reads.ts'
import { methodology } from './ledger/methodology-reads.ts'

export { articleTextUrl, PUBLIC_EVENT_ACTIONS } from './ledger/ledger-mappers.ts'

export interface PublicLedgerDeps {
  db: Db
  /** Where readers reach the ledger (config PUBLIC_BASE_URL), for absolute links. */
  baseUrl: string
  /** The desk's name (config PUBLIC_ORG_NAME). */
  orgName: string
  /** Whether readers may read the evidence snapshots records froze (config PUBLIC_SNAPSHOTS). */
  publicSnapshots?: boolean
}

/**
 * The public claim ledger: everything anyone may read without logging in. It reads only
 * the records editors' acts wrote (published_claims, docs/decisions/019-publication-snapshots.md),
 * never the working rows checkers edit; an unknown and an unpublished id are the same 404.
 * One module per read model under ./ledger/, each answer read in one snapshot (ledger-snapshot.ts).
 */
export function createPublicLedgerService({ db, baseUrl, orgName, publicSnapshots }: PublicLedgerDeps) {
  const site = { baseUrl, orgName, publicSnapshots: publicSnapshots ?? false }
  return {
    ...createClaimsListReads(db, baseUrl),
    ...createClaimPageReads(db, site),
    ...createClaimReviewFeedReads(db, site),
    ...createEntityPageReads(db, baseUrl),
    methodology: () => methodology(db),
    /** The latest publications, corrections and retractions, newest first, for the Atom feed. */
    recentChanges: (limit = 50) => recentChanges(db, baseUrl, limit),
  }
}

export type PublicLedgerService = ReturnType<typeof createPublicLedgerService>
