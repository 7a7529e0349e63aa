import type { ClaimReviewFeed, ClaimReviewFeedQuery } from '@claimtrail/contracts'
import { toClaimReviewFeed } from '@claimtrail/core'
import { type Db, schema, type Tx } from '@claimtrail/db'
import { eq, inArray, ne, sql } from 'drizzle-orm'
import { createPublicClaimsQuery } from '../public-claims-query.ts'
import type { PublicationRecord } from '../publication-record.ts'
import { claimReviewOf, type LedgerSite, PUBLIC_EVENT_ACTIONS, type Published } from './ledger-mappers.ts'
import { inSnapshot } from './ledger-snapshot.ts'
import { otherAppearancesOf } from './other-appearances.ts'

const { events, publishedClaims: pc } = schema

/** The published records of `ids`, in that order, in one statement. */
async function publishedOf(tx: Tx, ids: string[]): Promise<Published[]> {
  if (ids.length === 0) return []
  const rows = await tx
    .select({ claimId: pc.claimId, articleId: pc.articleId, record: pc.record })
    .from(pc)
    .where(inArray(pc.claimId, ids))
  const byId = new Map(rows.map((r) => [r.claimId, { ...r, record: r.record as PublicationRecord }]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** When anything public last changed: the DataFeed's dateModified. */
async function lastPublicChange(tx: Tx): Promise<string> {
  const [latest] = await tx
    .select({ at: sql<string>`max(${events.occurredAt})` })
    .from(events)
    .innerJoin(pc, eq(pc.claimId, events.claimId))
    .where(inArray(events.action, [...PUBLIC_EVENT_ACTIONS]))
  return latest?.at ? new Date(latest.at).toISOString() : new Date(0).toISOString()
}

/** The schema.org DataFeed of every ClaimReview, a page at a time. */
export function createClaimReviewFeedReads(db: Db, site: LedgerSite) {
  const { baseUrl, orgName } = site

  /** A page of the DataFeed of every ClaimReview, newest first; `nextCursor` for the Link header. */
  async function claimReviewFeed(
    q: ClaimReviewFeedQuery,
  ): Promise<{ feed: ClaimReviewFeed; nextCursor: string | null }> {
    return inSnapshot(db, async (tx) => {
      // Retracted reviews leave the feed as they leave the claim page's markup (claimReview).
      const page = await createPublicClaimsQuery(tx, baseUrl).page(
        ne(pc.status, 'retracted'),
        q.limit,
        q.cursor,
      )
      const published = await publishedOf(
        tx,
        page.items.map((i) => i.id),
      )
      const appearances = await otherAppearancesOf(tx, baseUrl, published)
      const entries = published.map((claim) => ({
        review: claimReviewOf(site, claim, appearances.get(claim.claimId) ?? []),
        createdAt: claim.record.detail.publishedAt,
        modifiedAt: claim.record.claimReview.modifiedAt,
      }))
      const dateModified = await lastPublicChange(tx)
      return {
        feed: toClaimReviewFeed(entries, {
          orgName,
          baseUrl,
          name: `${orgName}: claim reviews`,
          url: `${baseUrl}/api/v1/public/claimreview`,
          dateModified,
        }),
        nextCursor: page.nextCursor,
      }
    })
  }

  return { claimReviewFeed }
}
