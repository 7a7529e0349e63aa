import type { ChangesSince as ChangesSinceData } from '@claimtrail/contracts'
import { canEditClaim } from '@claimtrail/core'
import { type UseQueryResult, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useParams } from 'react-router'
import { ApiRequestError } from '../../api/api-client.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
import { articleDetailQuery } from '../articles/articles-queries.ts'
import { meQueryOptions } from '../auth/auth-queries.ts'
import { PublishedClaimActions } from '../corrections/published-claim-actions.tsx'
import { claimQuery } from '../workspace/workspace-queries.ts'
import { AdmiraltyForm } from './admiralty-form.tsx'
import { ArticleChangeFlags } from './article-change-flags.tsx'
import { ChangesSince } from './changes-since.tsx'
import { RequestChangesDialog } from './request-changes-dialog.tsx'
import { ReviewHeader } from './review-header.tsx'
import { PUBLIC, reviewActionsAllowed, verdictScale } from './review-problem.ts'
import { ReviewProblemAlert } from './review-problem-alert.tsx'
import { changesSinceQuery, ratingScalesQuery } from './review-queries.ts'
import {
  ChainsSection,
  ClaimContextSection,
  EvidenceSection,
  NotesSection,
  ResponsesSection,
} from './review-sections.tsx'
import { ReviewToolbar } from './review-toolbar.tsx'
import { SourcingGrade } from './sourcing-review.tsx'
import { useReviewActions } from './use-review-actions.ts'
import { useReviewShortcuts } from './use-review-shortcuts.ts'
import { VerdictSection } from './verdict-form.tsx'
import './review.css'

export function ReviewClaimPage() {
  const { claimId = '' } = useParams()
  const claim = useQuery(claimQuery(claimId))
  const changes = useQuery(changesSinceQuery(claimId))
  const me = useQuery(meQueryOptions())
  const scales = useQuery(ratingScalesQuery())
  const article = useQuery({
    ...articleDetailQuery(claim.data?.data.articleId ?? ''),
    enabled: Boolean(claim.data),
  })
  const { write, reload, send, act, problem, setProblem, done } = useReviewActions(
    claimId,
    claim.data?.etag ?? null,
  )
  const [commenting, setCommenting] = useState(false)
  const detail = claim.data?.data

  const can = reviewActionsAllowed(detail)
  const onApprove = () => void act('approve')
  const onRequestChanges = () => setCommenting(true)
  const onPublish = () => void act('publish')

  // a: approve, c: request changes, p: publish; never while typing in a field or with a dialog open.
  useReviewShortcuts({ can, onApprove, onRequestChanges, onPublish, busy: write.isPending || commenting })

  if (claim.isPending) return <LoadingState label="Loading the claim…" />
  if (claim.isError || !detail) return <ClaimLoadError claim={claim} />

  // Editors may still change the sourcing assessment and the verdict up to publication: the same
  // rule the API enforces (@claimtrail/core).
  const editable = me.data?.user ? canEditClaim(me.data.user.role, detail.status) : false
  const body = article.data?.version.id === detail.anchor.articleVersionId ? article.data.version.body : null
  const scale = verdictScale(scales.data?.items)
  const writeProps = { claim: detail, onWrite: send, pending: write.isPending, editable }

  return (
    <article className="review-page" aria-labelledby="review-heading">
      <title>{`Review: ${detail.headline} · Claimtrail`}</title>
      <ReviewHeader claim={detail} article={article.data} />

      <div role="status" className="status-line">
        {done}
      </div>
      {problem && <ReviewProblemAlert problem={problem} onDismiss={() => setProblem(null)} />}

      <ReviewToolbar
        can={can}
        writing={write.isPending}
        reloading={claim.isFetching && !write.isPending}
        onApprove={onApprove}
        onRequestChanges={onRequestChanges}
        onPublish={onPublish}
        onReload={() => void reload()}
      />

      <RequestChangesDialog
        isOpen={commenting}
        onOpenChange={setCommenting}
        pending={write.isPending}
        onSend={async (comment) => {
          // Closed either way: a refusal shows on the page, and the comment stays typed for a retry.
          const sent = await act('request-changes', comment)
          setCommenting(false)
          return sent
        }}
      />

      <div className="review-grid">
        <div className="review-main">
          <ClaimContextSection claim={detail} body={body} />

          {PUBLIC.includes(detail.status) && (
            <>
              <ArticleChangeFlags claimId={detail.id} />
              <PublishedClaimActions claim={detail} />
            </>
          )}

          <ChangesSinceState changes={changes} />

          <VerdictSection {...writeProps} scale={scale} key={`verdict-${detail.version}`} />

          <ChainsSection claim={detail} />

          <ResponsesSection claim={detail} />
          <EvidenceSection claim={detail} />
          <NotesSection claim={detail} />
        </div>
        <div className="review-side">
          <SourcingGrade {...writeProps} />
          <AdmiraltyForm {...writeProps} key={`admiralty-${detail.version}`} />
        </div>
      </div>
    </article>
  )
}

/** The claim could not be read: gone (not found), or an error to retry. */
function ClaimLoadError({ claim }: { claim: UseQueryResult<unknown> }) {
  const notFound = claim.error instanceof ApiRequestError && claim.error.isNotFound
  return (
    <section className="page">
      {notFound ? (
        <>
          <h1>Claim not found</h1>
          <p>
            It may have been removed. <Link to="/review">Back to the review queue</Link>
          </p>
        </>
      ) : (
        <ErrorState
          title="The claim could not be loaded"
          error={claim.error}
          onRetry={() => void claim.refetch()}
          isRetrying={claim.isFetching}
        />
      )}
    </section>
  )
}

/** What changed since the editor last looked, once loaded. */
function ChangesSinceState({ changes }: { changes: UseQueryResult<ChangesSinceData> }) {
  if (changes.isPending) return <LoadingState label="Loading what changed…" />
  if (changes.isError) {
    return (
      <ErrorState
        title="What changed could not be loaded"
        error={changes.error}
        onRetry={() => void changes.refetch()}
        isRetrying={changes.isFetching}
      />
    )
  }
  return <ChangesSince diff={changes.data} />
}
