import type { ArticleDetail, ClaimInArticle } from '@claimtrail/contracts'
import { describe, expect, it } from 'vitest'
import { placeClaims } from './placed-claims.ts'

const claim = (id: string, start: number, end: number, more: Partial<ClaimInArticle['anchor']> = {}) =>
  ({ id, anchor: { start, end, orphaned: false, articleVersionId: 'v2', ...more } }) as ClaimInArticle

const article = (claims: ClaimInArticle[]) =>
  ({ claims, version: { id: 'v2', body: 'x'.repeat(50) } }) as Pick<ArticleDetail, 'claims' | 'version'>

describe('placeClaims', () => {
  it('puts the claims drawn in this version’s text in text order, enclosing ones first', () => {
    const { placed, unplaced } = placeClaims(
      article([claim('late', 30, 40), claim('inner', 5, 8), claim('outer', 5, 20)]),
    )
    expect(placed.map((c) => c.id)).toEqual(['outer', 'inner', 'late'])
    expect(unplaced).toEqual([])
  })

  it('leaves orphaned claims, claims of another version and out-of-range anchors unplaced', () => {
    const { placed, unplaced } = placeClaims(
      article([
        claim('ok', 0, 4),
        claim('orphan', 1, 3, { orphaned: true }),
        claim('old', 2, 6, { articleVersionId: 'v1' }),
        claim('beyond', 45, 60),
      ]),
    )
    expect(placed.map((c) => c.id)).toEqual(['ok'])
    expect(unplaced.map((c) => c.id)).toEqual(['orphan', 'old', 'beyond'])
  })
})
