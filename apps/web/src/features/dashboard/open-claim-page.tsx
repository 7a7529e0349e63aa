import { useQuery } from '@tanstack/react-query'
import { Link, Navigate, useParams } from 'react-router'
import { ApiRequestError } from '../../api/api-client.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
import { claimQuery } from '../workspace/workspace-queries.ts'

/**
 * /desk/claims/:claimId: a claim's address when only its id is known (the dashboard's overdue reply
 * requests). Reads the claim (the workspace reuses it from the cache) and opens it in its article.
 */
export function OpenClaimPage() {
  const { claimId = '' } = useParams()
  const claim = useQuery(claimQuery(claimId))
  if (claim.isPending) return <LoadingState label="Opening the claim…" />
  if (claim.isError) {
    if (claim.error instanceof ApiRequestError && claim.error.isNotFound) {
      return (
        <section className="page state-page" aria-labelledby="claim-missing-heading">
          <title>Claim not found · Claimtrail</title>
          <h1 id="claim-missing-heading">This claim does not exist</h1>
          <p>
            It may have been deleted. <Link to="/desk">Back to my queue</Link>
          </p>
        </section>
      )
    }
    return (
      <section className="page">
        <ErrorState
          title="The claim could not be opened"
          error={claim.error}
          onRetry={() => void claim.refetch()}
          isRetrying={claim.isFetching}
        />
      </section>
    )
  }
  const { articleId, id } = claim.data.data
  return <Navigate to={`/desk/articles/${articleId}?claim=${id}`} replace />
}
