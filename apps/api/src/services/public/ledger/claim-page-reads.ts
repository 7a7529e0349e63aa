import type { ClaimReview, PublicClaimDetail, WebAnnotation } from '@claimtrail/contracts'
import { toWebAnnotation } from '@claimtrail/core'
import { type Db, schema, type Tx } from '@claimtrail/db'
import { and, desc, eq, sql } from 'drizzle-orm'
import { GoneError, NotFoundError } from '../../../errors.ts'
import { frozenSnapshotText } from '../../evidence/evidence-captures-service.ts'
import { changelog } from './changelog-reads.ts'
import { articleTextUrl, claimReviewOf, detailOf, type LedgerSite } from './ledger-mappers.ts'
import { inSnapshot, loadPublished } from './ledger-snapshot.ts'
import { otherAppearances } from './other-appearances.ts'

const { articleVersions, claimCorrections, publishedClaims: pc } = schema

/** The note a retracted review's annotation carries instead of its verdict. */
async function retractionNote(tx: Tx, orgName: string, claimId: string): Promise<string> {
  const [last] = await tx
    .select({ reason: claimCorrections.reason })
    .from(claimCorrections)
    .where(and(eq(claimCorrections.claimId, claimId), eq(claimCorrections.kind, 'retraction')))
    .orderBy(desc(claimCorrections.issuedAt), desc(claimCorrections.id))
    .limit(1)
  return `${orgName} retracted its review of this claim; it no longer rates it.${last ? ` Reason: ${last.reason}` : ''}`
}

/** One published claim in its formats: detail, claim page, ClaimReview, Web Annotation, article text. */
export function createClaimPageReads(db: Db, site: LedgerSite) {
  const { baseUrl, orgName } = site

  async function get(claimId: string): Promise<PublicClaimDetail> {
    return inSnapshot(db, async (tx) => {
      const claim = await loadPublished(tx, claimId)
      return detailOf(site, claim, await changelog(tx, claim), await otherAppearances(tx, baseUrl, claim))
    })
  }

  /**
   * The claim page: the claim and its ClaimReview (none once retracted) from one snapshot, the
   * other appearances read once for both.
   */
  async function claimPage(
    claimId: string,
  ): Promise<{ claim: PublicClaimDetail; review: ClaimReview | null }> {
    return inSnapshot(db, async (tx) => {
      const claim = await loadPublished(tx, claimId)
      const appearances = await otherAppearances(tx, baseUrl, claim)
      return {
        claim: detailOf(site, claim, await changelog(tx, claim), appearances),
        review: claim.record.detail.status === 'retracted' ? null : claimReviewOf(site, claim, appearances),
      }
    })
  }

  /**
   * A retracted review no longer rates the claim, so it has no ClaimReview (search engines would
   * keep showing the withdrawn verdict); its page keeps the claim and the retraction note.
   */
  async function claimReview(claimId: string): Promise<ClaimReview> {
    return inSnapshot(db, async (tx) => {
      const claim = await loadPublished(tx, claimId)
      if (claim.record.detail.status === 'retracted') {
        throw new GoneError(
          'This claim review was retracted: it no longer rates the claim (see its page for why)',
        )
      }
      return claimReviewOf(site, claim, await otherAppearances(tx, baseUrl, claim))
    })
  }

  /**
   * The claim's anchor as a W3C Web Annotation. A retracted review keeps its annotation (the claim
   * stays in the ledger with its retraction note) but no longer assesses: the verdict body gives
   * way to a comment saying it was retracted and why (methodology, corrections policy).
   */
  async function annotation(claimId: string): Promise<WebAnnotation> {
    return inSnapshot(db, async (tx) => {
      const { record } = await loadPublished(tx, claimId)
      const d = record.detail
      const retraction = d.status === 'retracted' ? await retractionNote(tx, orgName, claimId) : undefined
      // The selectors apply to the exact version quoted, served as plain text at `source`.
      const [version] = await tx
        .select({ body: articleVersions.body })
        .from(articleVersions)
        .where(eq(articleVersions.id, d.quote.articleVersionId))
      if (!version) throw new NotFoundError('Claim')
      return toWebAnnotation({
        id: `${baseUrl}/api/v1/public/claims/${d.id}/annotation`,
        anchor: {
          start: d.quote.start,
          end: d.quote.end,
          exact: d.quote.exact,
          prefix: d.quote.prefix,
          suffix: d.quote.suffix,
        },
        text: version.body,
        source: articleTextUrl(baseUrl, d.article.id, d.quote.articleVersionId),
        sourceDate: record.sourceDate,
        created: d.publishedAt,
        statement: d.statement,
        verdict: d.verdict.label,
        ...(retraction ? { retraction } : {}),
        language: d.article.language,
        creator: orgName,
      })
    })
  }

  /**
   * The text of one version of an article, as plain text: what the Web Annotation selectors count
   * in. Only for articles with a public claim (whose quotes and context are public already); any
   * of their versions, so an annotation's source stays fetchable after a correction re-anchors it.
   */
  async function articleText(articleId: string, versionId: string): Promise<string> {
    const [row] = await db
      .select({ body: articleVersions.body })
      .from(articleVersions)
      .where(
        and(
          eq(articleVersions.id, versionId),
          eq(articleVersions.articleId, articleId),
          sql`exists (select 1 from ${pc} where ${pc.articleId} = ${articleId})`,
        ),
      )
    if (!row) throw new NotFoundError('Article text')
    return row.body
  }

  /**
   * The text of the capture an evidence item's publication record froze (PUBLIC_SNAPSHOTS=text,
   * ADR 020): never a capture taken after the record, nor one whose bytes no longer hash to what
   * the record published (409). A retracted review's snapshots are gone with its verdict (410).
   */
  async function evidenceSnapshot(claimId: string, evidenceId: string): Promise<string> {
    if (!site.publicSnapshots) throw new NotFoundError('Snapshot')
    const { record } = await inSnapshot(db, (tx) => loadPublished(tx, claimId))
    if (record.detail.status === 'retracted') {
      throw new GoneError('This claim review was retracted: its evidence snapshots are no longer served')
    }
    const frozen = record.detail.evidence.find((e) => e.id === evidenceId)?.capture
    if (!frozen) throw new NotFoundError('Snapshot')
    // Read and hashed outside the snapshot's transaction: a capture's bytes are never rewritten.
    return frozenSnapshotText(db, evidenceId, frozen)
  }

  return { get, claimPage, claimReview, annotation, articleText, evidenceSnapshot }
}
