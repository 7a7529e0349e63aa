import type { ArticleDetail, ClaimDetail } from '@claimtrail/contracts'
import { isPublicStatus } from '@claimtrail/core'
import { Link } from 'react-router'
import { StatusBadge } from '../articles/claim-badges.tsx'
import { KIND_LABELS } from '../articles/claim-labels.ts'

/** Back to the queue, the claim's badges and headline, and where it sits: its article, its public page. */
export function ReviewHeader({ claim, article }: { claim: ClaimDetail; article: ArticleDetail | undefined }) {
  return (
    <>
      <Link to="/review" className="back-button">
        <span aria-hidden="true">← </span>Review queue
      </Link>
      <div className="badge-row">
        <StatusBadge status={claim.status} />
        <span className="badge kind-badge">{KIND_LABELS[claim.kind]}</span>
      </div>
      <h1 id="review-heading">{claim.headline}</h1>
      <p className="muted">
        {article ? (
          <>
            In <Link to={`/articles/${claim.articleId}?claim=${claim.id}`}>{article.title}</Link>
            {article.outlet && <> · {article.outlet}</>}
          </>
        ) : null}
        {isPublicStatus(claim.status) && (
          <>
            {' · '}
            <Link to={`/ledger/claims/${claim.id}`}>See its public page</Link>
          </>
        )}
      </p>
    </>
  )
}
