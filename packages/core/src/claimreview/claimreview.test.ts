import { ClaimReviewFeedSchema, ClaimReviewSchema } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { type ClaimReviewInput, claimPageUrl, toClaimReview, toClaimReviewFeed } from './claimreview.ts'

const options = { orgName: 'Claimtrail desk', baseUrl: 'https://ledger.example.org/' }

const dong: ClaimReviewInput = {
  id: '3f2b8c1e-0000-4000-8000-000000000001',
  headline: 'Dong urged a Chinese diplomat to delay the release of the two Michaels',
  publishedAt: '2023-03-30T14:05:00.000Z',
  verdict: { label: 'Unsubstantiated', ratingValue: 3 },
  scale: { bestRating: 6, worstRating: 1 },
  rationale: 'Anonymous sources relayed second-hand; Dong denies it on the record.',
  claimant: { name: 'Corriere Canadese', kind: 'outlet' },
  appearances: [
    {
      url: 'https://www.corriere.ca/dong',
      title: 'Chinese interference, Dong (in tears) leaves the Liberals',
      publishedOn: '2023-03-23',
      outlet: 'Corriere Canadese',
    },
    {
      url: 'https://globalnews.ca/dong',
      title: 'Liberal MP Han Dong allegedly advised Chinese diplomat',
      publishedOn: '2023-03-22',
      outlet: 'Global News',
    },
  ],
}

describe('toClaimReview (schema.org ClaimReview)', () => {
  const review = toClaimReview(dong, options)

  it('has the @context and @type, and matches the contract', () => {
    expect(review['@context']).toBe('https://schema.org')
    expect(review['@type']).toBe('ClaimReview')
    expect(ClaimReviewSchema.parse(review)).toEqual(review)
  })

  it('reviews the headline, at the claim’s ledger page, by the desk', () => {
    expect(review.claimReviewed).toBe(dong.headline)
    expect(review.url).toBe(`https://ledger.example.org/ledger/claims/${dong.id}`)
    expect(review.author).toEqual({
      '@type': 'Organization',
      name: 'Claimtrail desk',
      url: 'https://ledger.example.org',
    })
    expect(review.datePublished).toBe('2023-03-30')
    expect(review).not.toHaveProperty('dateModified')
  })

  it('rates on the scale with the label as alternateName', () => {
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Unsubstantiated',
      ratingValue: 3,
      bestRating: 6,
      worstRating: 1,
      ratingExplanation: dong.rationale,
    })
  })

  it('reviews a Claim by its claimant, with every appearance and the earliest as firstAppearance', () => {
    const item = review.itemReviewed
    expect(item['@type']).toBe('Claim')
    expect(item.author).toEqual({ '@type': 'Organization', name: 'Corriere Canadese' })
    expect(item.datePublished).toBe('2023-03-23')
    expect(item.appearance).toEqual([
      {
        '@type': 'CreativeWork',
        url: 'https://www.corriere.ca/dong',
        headline: 'Chinese interference, Dong (in tears) leaves the Liberals',
        datePublished: '2023-03-23',
        publisher: { '@type': 'Organization', name: 'Corriere Canadese' },
      },
      expect.objectContaining({ url: 'https://globalnews.ca/dong' }),
    ])
    expect(item.firstAppearance?.url).toBe('https://globalnews.ca/dong')
  })

  it('names a person as a Person, linked to Wikidata', () => {
    const r = toClaimReview(
      { ...dong, claimant: { name: 'Han Dong', kind: 'person', wikidataId: 'Q16196506' } },
      options,
    )
    expect(r.itemReviewed.author).toEqual({
      '@type': 'Person',
      name: 'Han Dong',
      sameAs: 'https://www.wikidata.org/wiki/Q16196506',
    })
  })

  it('gives a "Not rated" verdict its label only, and leaves out what it does not know', () => {
    const r = toClaimReview(
      {
        ...dong,
        verdict: { label: 'Not rated', ratingValue: null },
        rationale: null,
        claimant: null,
        modifiedAt: '2023-04-02T09:00:00Z',
        appearances: [{ url: null, title: 'Untitled', publishedOn: null, outlet: null }],
      },
      options,
    )
    expect(r.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Not rated' })
    expect(r.dateModified).toBe('2023-04-02')
    expect(r.itemReviewed).toEqual({
      '@type': 'Claim',
      appearance: [{ '@type': 'CreativeWork', headline: 'Untitled' }],
      firstAppearance: { '@type': 'CreativeWork', headline: 'Untitled' },
    })
    expect(ClaimReviewSchema.safeParse(r).success).toBe(true)
  })

  it('keeps the first listed appearance first among undated ones', () => {
    const r = toClaimReview(
      {
        ...dong,
        appearances: [
          { url: 'https://a.example/1', title: 'A', publishedOn: null, outlet: null },
          { url: 'https://b.example/2', title: 'B', publishedOn: null, outlet: null },
        ],
      },
      options,
    )
    expect(r.itemReviewed.firstAppearance?.url).toBe('https://a.example/1')
    expect(r.itemReviewed).not.toHaveProperty('datePublished')
  })
})

describe('toClaimReviewFeed (schema.org DataFeed)', () => {
  it('wraps each review in a DataFeedItem with its dates, under one @context', () => {
    const feed = toClaimReviewFeed(
      [
        { review: toClaimReview(dong, options), createdAt: '2023-03-30T14:05:00.000Z', modifiedAt: null },
        {
          review: toClaimReview({ ...dong, modifiedAt: '2023-04-02T09:00:00.000Z' }, options),
          createdAt: '2023-03-30T14:05:00.000Z',
          modifiedAt: '2023-04-02T09:00:00.000Z',
        },
      ],
      {
        ...options,
        name: 'Claim reviews',
        url: 'https://ledger.example.org/api/v1/public/claimreview',
        dateModified: '2023-04-02T09:00:00.000Z',
      },
    )
    expect(ClaimReviewFeedSchema.parse(feed)).toEqual(feed)
    expect(feed['@type']).toBe('DataFeed')
    expect(feed.dataFeedElement).toHaveLength(2)
    const [first, second] = feed.dataFeedElement
    expect(first).toMatchObject({
      '@type': 'DataFeedItem',
      dateCreated: '2023-03-30T14:05:00.000Z',
      dateModified: '2023-03-30T14:05:00.000Z',
    })
    expect(first?.item[0]?.['@type']).toBe('ClaimReview')
    expect(first?.item[0]).not.toHaveProperty('@context')
    expect(second?.dateModified).toBe('2023-04-02T09:00:00.000Z')
    expect(second?.item[0]?.dateModified).toBe('2023-04-02')
  })
})

describe('claimPageUrl', () => {
  it('joins without doubling slashes', () => {
    expect(claimPageUrl('http://localhost:3000/', 'abc')).toBe('http://localhost:3000/ledger/claims/abc')
    expect(claimPageUrl('http://localhost:3000', 'abc')).toBe('http://localhost:3000/ledger/claims/abc')
  })
})
