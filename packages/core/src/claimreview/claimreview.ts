import type { ClaimReview, ClaimReviewFeed, CreativeWork, EntityKind } from '@claimtrail/contracts'

// schema.org ClaimReview (https://schema.org/ClaimReview) as Google's fact-check markup and the
// fact-check aggregators read it: claimReviewed, reviewRating with alternateName and the scale's
// best/worst values, itemReviewed as a Claim with its author and appearances, author, datePublished
// and url. Pure mapping: the API gathers the data, this decides the shape.

/** Where a claim appeared: an article of an outlet. */
export interface ClaimAppearance {
  url: string | null
  title: string
  /** YYYY-MM-DD */
  publishedOn: string | null
  outlet: string | null
}

export interface ClaimReviewInput {
  id: string
  headline: string
  /** When the desk published its review (ISO 8601). */
  publishedAt: string
  /** The latest correction or retraction, if any (ISO 8601). */
  modifiedAt?: string | null
  verdict: { label: string; ratingValue: number | null }
  /** The verdict's scale: its highest and lowest ratingValue (null when no rating carries one). */
  scale: { bestRating: number | null; worstRating: number | null }
  rationale?: string | null
  claimant: { name: string; kind: EntityKind; wikidataId?: string | null } | null
  /** The article the claim was marked in first, then the same claim's other appearances. */
  appearances: readonly ClaimAppearance[]
}

export interface ClaimReviewOptions {
  /** The desk, as ClaimReview's author. */
  orgName: string
  /** Where the public ledger is served, e.g. https://ledger.example.org */
  baseUrl: string
}

const trimSlash = (url: string) => url.replace(/\/+$/, '')

/** The claim's page in the public ledger: ClaimReview's url and the Atom entry's link. */
export function claimPageUrl(baseUrl: string, claimId: string): string {
  return `${trimSlash(baseUrl)}/ledger/claims/${encodeURIComponent(claimId)}`
}

/** A date-time as the calendar date schema.org consumers expect for datePublished. */
const dateOnly = (iso: string) => iso.slice(0, 10)

function creativeWork(a: ClaimAppearance): CreativeWork {
  return {
    '@type': 'CreativeWork',
    ...(a.url ? { url: a.url } : {}),
    headline: a.title,
    ...(a.publishedOn ? { datePublished: a.publishedOn } : {}),
    ...(a.outlet ? { publisher: { '@type': 'Organization' as const, name: a.outlet } } : {}),
  }
}

/** The earliest appearance by publication date; undated ones count as latest, ties keep order. */
function earliest(appearances: readonly ClaimAppearance[]): ClaimAppearance | undefined {
  let first: ClaimAppearance | undefined
  for (const a of appearances) {
    if (!first) first = a
    else if (a.publishedOn && (!first.publishedOn || a.publishedOn < first.publishedOn)) first = a
  }
  return first
}

// schema.org: a person is a Person; outlets, bodies and groups of sources speak as organisations.
const authorType = (kind: EntityKind) => (kind === 'person' ? 'Person' : 'Organization')

export function toClaimReview(input: ClaimReviewInput, options: ClaimReviewOptions): ClaimReview {
  const { verdict, scale } = input
  // A "Not rated" verdict has no value on the scale: alternateName alone carries it.
  const rated = verdict.ratingValue !== null
  const first = earliest(input.appearances)
  const here = input.appearances[0]
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: claimPageUrl(options.baseUrl, input.id),
    claimReviewed: input.headline,
    datePublished: dateOnly(input.publishedAt),
    ...(input.modifiedAt ? { dateModified: dateOnly(input.modifiedAt) } : {}),
    author: { '@type': 'Organization', name: options.orgName, url: trimSlash(options.baseUrl) },
    reviewRating: {
      '@type': 'Rating',
      alternateName: verdict.label,
      ...(rated && verdict.ratingValue !== null ? { ratingValue: verdict.ratingValue } : {}),
      ...(rated && scale.bestRating !== null ? { bestRating: scale.bestRating } : {}),
      ...(rated && scale.worstRating !== null ? { worstRating: scale.worstRating } : {}),
      ...(input.rationale ? { ratingExplanation: input.rationale } : {}),
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(input.claimant
        ? {
            author: {
              '@type': authorType(input.claimant.kind),
              name: input.claimant.name,
              ...(input.claimant.wikidataId
                ? { sameAs: `https://www.wikidata.org/wiki/${input.claimant.wikidataId}` }
                : {}),
            },
          }
        : {}),
      ...(here?.publishedOn ? { datePublished: here.publishedOn } : {}),
      appearance: input.appearances.map(creativeWork),
      ...(first ? { firstAppearance: creativeWork(first) } : {}),
    },
  }
}

/** A review in a DataFeed, with the dates of the published record it was made from. */
export interface ClaimReviewFeedEntry {
  review: ClaimReview
  /** First publication (ISO 8601). */
  createdAt: string
  /** Last correction, or null when never corrected. */
  modifiedAt: string | null
}

/**
 * Many ClaimReviews as one schema.org DataFeed, for bulk consumers, in the shape the Fact Check
 * Markup Tool and Data Commons feeds use: each review inside a DataFeedItem (`item`, a one-element
 * list as in their feeds) with `dateCreated` and `dateModified`.
 */
export function toClaimReviewFeed(
  entries: readonly ClaimReviewFeedEntry[],
  options: ClaimReviewOptions & { name: string; url: string; dateModified: string },
): ClaimReviewFeed {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataFeed',
    name: options.name,
    url: options.url,
    dateModified: options.dateModified,
    dataFeedElement: entries.map(
      ({ review: { '@context': _context, ...review }, createdAt, modifiedAt }) => ({
        '@type': 'DataFeedItem',
        dateCreated: createdAt,
        // Never before dateCreated, even where clocks disagree (a correction stamped by the database
        // in the transaction that also published the claim, as the demo seed does).
        dateModified:
          modifiedAt !== null && Date.parse(modifiedAt) > Date.parse(createdAt) ? modifiedAt : createdAt,
        // The feed's @context covers its elements.
        item: [review],
      }),
    ),
  }
}
