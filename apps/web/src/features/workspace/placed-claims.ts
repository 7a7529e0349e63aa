import type { ArticleDetail, ClaimInArticle } from '@claimtrail/contracts'
import { textOrder } from '../articles/article-loader.tsx'
import { isPlaceable } from '../articles/segment-text.ts'

/**
 * The article's claims in text order, split into those drawn in the current version's text and
 * those that are not (orphaned, anchored in another version, or out of the body's range).
 */
export function placeClaims(article: Pick<ArticleDetail, 'claims' | 'version'>): {
  placed: ClaimInArticle[]
  unplaced: ClaimInArticle[]
} {
  const sorted = [...article.claims].sort(textOrder)
  const length = article.version.body.length
  const fits = (c: ClaimInArticle) =>
    !c.anchor.orphaned && c.anchor.articleVersionId === article.version.id && isPlaceable(c.anchor, length)
  return { placed: sorted.filter(fits), unplaced: sorted.filter((c) => !fits(c)) }
}
