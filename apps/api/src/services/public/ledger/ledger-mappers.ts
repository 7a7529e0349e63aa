import type {
  ChangelogEntry,
  ClaimReview,
  OtherAppearance,
  PublicClaimDetail,
  PublicEvidence,
} from '@claimtrail/contracts'
import { type ClaimAppearance, toClaimReview } from '@claimtrail/core'
import { toSummary } from '../public-claims-query.ts'
import type { PublicationRecord } from '../publication-record.ts'

/** Where the ledger's answers link to and whose name they carry (config PUBLIC_BASE_URL, PUBLIC_ORG_NAME). */
export interface LedgerSite {
  baseUrl: string
  orgName: string
  /** Whether readers may read the captures records froze (config PUBLIC_SNAPSHOTS, ADR 020). */
  publicSnapshots?: boolean
}

/** A claim's published record, as read in a ledger answer's snapshot. */
export interface Published {
  claimId: string
  articleId: string
  record: PublicationRecord
}

/** The public address of an article version's text (the Web Annotation's target.source). */
export const articleTextUrl = (baseUrl: string, articleId: string, versionId: string) =>
  `${baseUrl}/api/v1/public/articles/${articleId}/versions/${versionId}/text`

/** Where readers read the text of the capture an evidence item's record froze (PUBLIC_SNAPSHOTS). */
export const snapshotUrl = (baseUrl: string, claimId: string, evidenceId: string) =>
  `${baseUrl}/api/v1/public/claims/${claimId}/evidence/${evidenceId}/snapshot`

/** The record's evidence, each frozen capture with a link to its text when snapshots are public. */
function evidenceOf(site: LedgerSite, claimId: string, evidence: PublicEvidence[]): PublicEvidence[] {
  if (!site.publicSnapshots) return evidence
  return evidence.map((e) =>
    e.capture && e.capture.hasText !== false
      ? { ...e, capture: { ...e.capture, snapshotUrl: snapshotUrl(site.baseUrl, claimId, e.id) } }
      : e,
  )
}

/** The workflow events the public changelog and the Atom feed are made of. */
export const PUBLIC_EVENT_ACTIONS = ['claim.publish', 'claim.correct', 'claim.retract'] as const
export const CHANGE_KIND = {
  'claim.publish': 'published',
  'claim.correct': 'corrected',
  'claim.retract': 'retracted',
} as const satisfies Record<(typeof PUBLIC_EVENT_ACTIONS)[number], ChangelogEntry['kind']>

export const str = (value: unknown) => (typeof value === 'string' ? value : null)
export const field = (json: unknown, key: string) =>
  json && typeof json === 'object' ? (json as Record<string, unknown>)[key] : undefined

/** The claim page's detail: the recorded detail with its address, changelog and other appearances. */
export function detailOf(
  site: LedgerSite,
  claim: Published,
  log: ChangelogEntry[],
  appearances: OtherAppearance[],
): PublicClaimDetail {
  const d = claim.record.detail
  const { baseUrl } = site
  return {
    ...toSummary(baseUrl, d),
    article: { ...toSummary(baseUrl, d).article, byline: d.article.byline, language: d.article.language },
    hedges: d.hedges,
    quote: d.quote,
    articleEdited: d.articleEdited ?? null,
    chains: d.chains,
    responses: d.responses,
    evidence: evidenceOf(site, d.id, d.evidence),
    rationale: d.rationale,
    sourcing: d.sourcing,
    changelog: log,
    otherAppearances: appearances,
  }
}

const appearanceOf = (article: OtherAppearance['article']): ClaimAppearance => ({
  url: article.url,
  title: article.title,
  publishedOn: article.publishedOn,
  outlet: article.outlet?.name ?? null,
})

/** The claim's schema.org ClaimReview: its own article first, then each other article once. */
export function claimReviewOf(
  site: LedgerSite,
  claim: Published,
  appearances: OtherAppearance[],
): ClaimReview {
  const { detail: d, claimReview: cr } = claim.record
  const here: ClaimAppearance = appearanceOf(d.article)
  const seen = new Set([claim.articleId])
  const others = appearances.flatMap((a) => {
    if (seen.has(a.article.id)) return []
    seen.add(a.article.id)
    return [appearanceOf(a.article)]
  })
  return toClaimReview(
    {
      id: d.id,
      headline: d.headline,
      publishedAt: d.publishedAt,
      modifiedAt: cr.modifiedAt,
      verdict: { label: d.verdict.label, ratingValue: d.verdict.ratingValue },
      scale: cr.scale,
      rationale: d.rationale,
      claimant: cr.claimant,
      appearances: [here, ...others],
    },
    { orgName: site.orgName, baseUrl: site.baseUrl },
  )
}
