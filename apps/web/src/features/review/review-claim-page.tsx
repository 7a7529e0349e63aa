import type { ClaimDetail } from '@claimtrail/contracts'
import { canEditClaim, isPublicStatus } from '@claimtrail/core'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { Button, Toolbar } from 'react-aria-components'
import { Link, useParams } from 'react-router'
import { ApiRequestError } from '../../api/api-client.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { ErrorState } from '../../ui/query-states.tsx'
import { articleDetailQuery } from '../articles/articles-queries.ts'
import { StatusBadge } from '../articles/claim-badges.tsx'
import { KIND_LABELS } from '../articles/claim-labels.ts'
import { meQueryOptions } from '../auth/auth-queries.ts'
import { PublishedClaimActions } from '../corrections/published-claim-actions.tsx'
import { isTypingTarget } from '../workspace/shortcuts.ts'
import { claimQuery } from '../workspace/workspace-queries.ts'
import { ArticleChangeFlags } from './article-change-flags.tsx'
import { ChangesSince } from './changes-since.tsx'
import { RequestChangesDialog } from './request-changes-dialog.tsx'
import {
  changesSinceQuery,
  type ReviewAction,
  type ReviewWrite,
  ratingScalesQuery,
  useReloadClaim,
  useReviewWrite,
} from './review-queries.ts'
import {
  ChainsSection,
  ClaimContextSection,
  EvidenceSection,
  NotesSection,
  ResponsesSection,
} from './review-sections.tsx'
import { AdmiraltyForm, SourcingGrade } from './sourcing-review.tsx'
import { VerdictSection } from './verdict-form.tsx'
import './review.css'

// Readers see these; corrections and "article changed" flags apply to them.
const PUBLIC: readonly ClaimDetail['status'][] = ['published', 'corrected', 'retracted']

/** What to tell the editor about a refused write. */
interface Problem {
  title: string
  message: string
  reasons?: string[]
  conflict?: boolean
}

function problemOf(error: unknown): Problem {
  if (error instanceof ApiRequestError) {
    if (error.code === 'PUBLISH_BLOCKED') {
      const reasons = (error.details as { reasons?: unknown } | null)?.reasons
      return {
        title: 'This claim cannot be published yet',
        message: 'Fix these first:',
        reasons: Array.isArray(reasons) ? reasons.map(String) : [error.message],
      }
    }
    if (error.isConflict) {
      return {
        title: 'Someone else changed this claim',
        message: `${error.message}. The claim has been reloaded with their changes: check what changed, then do it again.`,
        conflict: true,
      }
    }
  }
  return {
    title: 'That did not work',
    message: error instanceof Error ? error.message : 'Something went wrong.',
  }
}

const ACTION_LABELS: Record<ReviewAction, string> = {
  approve: 'Approve',
  'request-changes': 'Request changes',
  publish: 'Publish',
}
const ACTION_DONE: Record<ReviewAction, string> = {
  approve: 'Approved.',
  'request-changes': 'Sent back to the checker with your comment.',
  publish: 'Published: the claim is on the public ledger.',
}

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
  const write = useReviewWrite(claimId)
  const reload = useReloadClaim(claimId)
  const [problem, setProblem] = useState<Problem | null>(null)
  const [done, setDone] = useState('')
  const [commenting, setCommenting] = useState(false)

  const detail = claim.data?.data
  const etag = claim.data?.etag ?? null

  async function send(w: ReviewWrite, success = 'Saved.'): Promise<string | null> {
    setDone('')
    setProblem(null)
    try {
      await write.mutateAsync({ write: w, etag })
      setDone(success)
      return null
    } catch (error) {
      const p = problemOf(error)
      if (p.conflict) await reload()
      // Conflicts and publish blockers are page-level news; a form keeps its own other errors.
      if (p.conflict || p.reasons) {
        setProblem(p)
        return p.conflict ? 'Not saved: the claim had changed. It has been reloaded.' : p.message
      }
      return p.message
    }
  }

  async function act(action: ReviewAction, comment?: string): Promise<boolean> {
    setDone('')
    setProblem(null)
    try {
      await write.mutateAsync({
        write: { kind: 'transition', action, ...(comment ? { comment } : {}) },
        etag,
      })
      setDone(ACTION_DONE[action])
      return true
    } catch (error) {
      const p = problemOf(error)
      if (p.conflict) await reload()
      setProblem(p.conflict || p.reasons ? p : { ...p, title: `${ACTION_LABELS[action]} did not work` })
      return false
    }
  }

  const allowed = new Set(detail?.allowedActions ?? [])
  const can = {
    approve: allowed.has('approve'),
    'request-changes': allowed.has('request_changes'),
    publish: allowed.has('publish'),
  }

  // a: approve, c: request changes, p: publish; never while typing in a field or with a dialog open.
  const shortcuts = useRef({ can, act, setCommenting, busy: write.isPending || commenting })
  shortcuts.current = { can, act, setCommenting, busy: write.isPending || commenting }
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const s = shortcuts.current
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || s.busy) return
      if (
        isTypingTarget(event.target as Element | null) ||
        document.querySelector('[role="dialog"],[role="alertdialog"]')
      )
        return
      if (event.key === 'a' && s.can.approve) void s.act('approve')
      else if (event.key === 'c' && s.can['request-changes']) s.setCommenting(true)
      else if (event.key === 'p' && s.can.publish) void s.act('publish')
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  if (claim.isPending) return <LoadingState label="Loading the claim…" />
  if (claim.isError || !detail) {
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

  // Editors may still change the sourcing assessment and the verdict up to publication: the same
  // rule the API enforces (@claimtrail/core).
  const editable = me.data?.user ? canEditClaim(me.data.user.role, detail.status) : false
  const body =
    article.data && article.data.version.id === detail.anchor.articleVersionId
      ? article.data.version.body
      : null
  const scale = scales.data?.items.find((s) => s.isDefault) ?? scales.data?.items[0] ?? null
  const writeProps = { claim: detail, onWrite: send, pending: write.isPending, editable }

  return (
    <article className="review-page" aria-labelledby="review-heading">
      <title>{`Review: ${detail.headline} · Claimtrail`}</title>
      <Link to="/review" className="back-button">
        <span aria-hidden="true">← </span>Review queue
      </Link>
      <div className="badge-row">
        <StatusBadge status={detail.status} />
        <span className="badge kind-badge">{KIND_LABELS[detail.kind]}</span>
      </div>
      <h1 id="review-heading">{detail.headline}</h1>
      <p className="muted">
        {article.data ? (
          <>
            In <Link to={`/articles/${detail.articleId}?claim=${detail.id}`}>{article.data.title}</Link>
            {article.data.outlet && <> · {article.data.outlet}</>}
          </>
        ) : null}
        {isPublicStatus(detail.status) && (
          <>
            {' · '}
            <Link to={`/ledger/claims/${detail.id}`}>See its public page</Link>
          </>
        )}
      </p>

      <div role="status" className="status-line">
        {done}
      </div>
      {problem && (
        <div className="form-alert review-problem" role="alert">
          <p>
            <strong>{problem.title}.</strong> {problem.message}
          </p>
          {problem.reasons && (
            <ul>
              {problem.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          )}
          <Button className="button button-secondary" onPress={() => setProblem(null)}>
            Dismiss
          </Button>
        </div>
      )}

      <Toolbar className="review-actions" aria-label="Review actions">
        <Button
          className="button"
          aria-keyshortcuts="a"
          isDisabled={!can.approve}
          isPending={write.isPending}
          onPress={() => void act('approve')}
        >
          Approve{' '}
          <span className="kbd" aria-hidden="true">
            a
          </span>
        </Button>
        <Button
          className="button button-secondary"
          aria-keyshortcuts="c"
          isDisabled={!can['request-changes'] || write.isPending}
          onPress={() => setCommenting(true)}
        >
          Request changes…{' '}
          <span className="kbd" aria-hidden="true">
            c
          </span>
        </Button>
        <Button
          className="button"
          aria-keyshortcuts="p"
          isDisabled={!can.publish}
          isPending={write.isPending}
          onPress={() => void act('publish')}
        >
          Publish{' '}
          <span className="kbd" aria-hidden="true">
            p
          </span>
        </Button>
        <Button
          className="button button-secondary"
          onPress={() => void reload()}
          isPending={claim.isFetching && !write.isPending}
        >
          Reload
        </Button>
      </Toolbar>
      <p className="muted review-hint">
        Shortcuts (outside text fields): a approve · c request changes · p publish.
      </p>

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

          {changes.isPending ? (
            <LoadingState label="Loading what changed…" />
          ) : changes.isError ? (
            <ErrorState
              title="What changed could not be loaded"
              error={changes.error}
              onRetry={() => void changes.refetch()}
              isRetrying={changes.isFetching}
            />
          ) : (
            <ChangesSince diff={changes.data} />
          )}

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
