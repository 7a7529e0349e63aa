import type { ClaimList } from '@claimtrail/contracts'
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query'
import { type ReactNode, useState } from 'react'
import { Input, Label, SearchField } from 'react-aria-components'
import { Link, useNavigate } from 'react-router'
import { LoadingState } from '../../ui/loading-state.tsx'
import { EmptyState, ErrorState } from '../../ui/query-states.tsx'
import { StatusBadge } from '../articles/claim-badges.tsx'
import { formatDate, KIND_LABELS } from '../articles/claim-labels.ts'
import { ImportArticleForm } from './import-forms.tsx'
import { claimQuery, deskArticlesQuery, type QueueFilter, queueQuery } from './workspace-queries.ts'

type Summary = ClaimList['items'][number]

const workspaceLink = (claim: Pick<Summary, 'articleId' | 'id'>) =>
  `/desk/articles/${claim.articleId}?claim=${claim.id}`

/** The fact-checker's start page: their queues, the articles, and importing a new one. */
export function DeskPage() {
  const navigate = useNavigate()
  return (
    <div className="desk">
      <title>My queue · Claimtrail</title>
      <h1>My queue</h1>
      <div className="desk-grid">
        <div className="desk-queues">
          {/* What waits on the checker first: claims sent back, then drafts, then the rest. */}
          <ChangesRequested />
          <Queue
            id="drafts"
            title="My drafts"
            filter={{ status: 'draft', assignee: 'me' }}
            empty="No drafts. Open an article and select a claim in its text to start one."
          />
          <Queue
            id="assigned"
            title="Assigned to me, with the editors"
            filter={{ assignee: 'me' }}
            // Drafts and claims sent back are listed above: not twice.
            omit={['draft', 'changes_requested']}
            empty="Nothing of yours is in review or published."
          />
        </div>
        <div className="desk-articles">
          <Articles />
          <section className="panel-section" aria-labelledby="import-heading">
            <h2 id="import-heading">Import an article</h2>
            <ImportArticleForm onImported={(id) => navigate(`/desk/articles/${id}`)} />
          </section>
        </div>
      </div>
    </div>
  )
}

function QueueState({ query, empty }: { query: ReturnType<typeof useQuery<ClaimList>>; empty: string }) {
  if (query.isPending) return <LoadingState label="Loading…" />
  if (query.isError) {
    return (
      <ErrorState
        title="This queue could not be loaded"
        error={query.error}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    )
  }
  if (query.data.items.length === 0) return <EmptyState title={empty} />
  return null
}

function ClaimRow({ claim, children }: { claim: Summary; children?: ReactNode }) {
  return (
    <li className="queue-item">
      <Link to={workspaceLink(claim)} className="queue-link">
        {claim.headline}
      </Link>
      <span className="badge-row">
        <StatusBadge status={claim.status} />
        <span className="badge kind-badge">{KIND_LABELS[claim.kind]}</span>
        {claim.orphaned && <span className="badge overdue-badge">Orphaned</span>}
      </span>
      <span className="muted queue-article">{claim.articleTitle}</span>
      {children}
    </li>
  )
}

function Queue({
  id,
  title,
  filter,
  omit = [],
  empty,
}: {
  id: string
  title: string
  filter: QueueFilter
  /** Statuses another queue of the page already lists. */
  omit?: readonly Summary['status'][]
  empty: string
}) {
  const query = useQuery({
    ...queueQuery(filter),
    select: (data) => ({ ...data, items: data.items.filter((c) => !omit.includes(c.status)) }),
  })
  const headingId = `queue-${id}-heading`
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title}
        {query.data && <span className="count"> ({query.data.items.length})</span>}
      </h2>
      <QueueState query={query} empty={empty} />
      {query.data && query.data.items.length > 0 && (
        <ul className="queue-list" aria-labelledby={headingId}>
          {query.data.items.map((claim) => (
            <ClaimRow key={claim.id} claim={claim} />
          ))}
        </ul>
      )}
    </section>
  )
}

/** Claims sent back, each with the editor's latest comment (the notes of the claim). */
function ChangesRequested() {
  const query = useQuery(queueQuery({ status: 'changes_requested', assignee: 'me' }))
  const items = query.data?.items ?? []
  const details = useQueries({ queries: items.map((c) => claimQuery(c.id)) })
  return (
    <section className="panel-section" aria-labelledby="queue-changes-heading">
      <h2 id="queue-changes-heading">
        Changes requested{query.data && <span className="count"> ({items.length})</span>}
      </h2>
      <QueueState query={query} empty="No claims were sent back to you." />
      {items.length > 0 && (
        <ul className="queue-list" aria-labelledby="queue-changes-heading">
          {items.map((claim, i) => {
            const notes = details[i]?.data?.data.notes ?? []
            const comment = notes.at(-1)
            return (
              <ClaimRow key={claim.id} claim={claim}>
                {comment ? (
                  <blockquote className="editor-comment">
                    <span className="visually-hidden">Editor’s comment: </span>
                    {comment.body}
                  </blockquote>
                ) : details[i]?.isPending ? (
                  <span className="muted">Loading the editor’s comment…</span>
                ) : null}
              </ClaimRow>
            )
          })}
        </ul>
      )}
    </section>
  )
}

function Articles() {
  const [q, setQ] = useState('')
  const articles = useQuery({ ...deskArticlesQuery(q.trim()), placeholderData: keepPreviousData })
  return (
    <section className="panel-section" aria-labelledby="desk-articles-heading">
      <h2 id="desk-articles-heading">Articles</h2>
      <SearchField className="field" value={q} onChange={setQ}>
        <Label>Find an article</Label>
        <Input className="input" placeholder="Title or outlet" />
      </SearchField>
      {articles.isPending ? (
        <LoadingState label="Loading articles…" />
      ) : articles.isError ? (
        <ErrorState
          title="The articles could not be loaded"
          error={articles.error}
          onRetry={() => void articles.refetch()}
          isRetrying={articles.isFetching}
        />
      ) : articles.data.items.length === 0 ? (
        <EmptyState title={q ? 'No article matches' : 'No articles yet'}>
          <p>Import one below.</p>
        </EmptyState>
      ) : (
        <ul className="queue-list" aria-labelledby="desk-articles-heading">
          {articles.data.items.map((article) => (
            <li key={article.id} className="queue-item">
              <Link to={`/desk/articles/${article.id}`} className="queue-link">
                {article.title}
              </Link>
              <span className="muted">
                {[article.outlet, article.publishedAt && formatDate(article.publishedAt)]
                  .filter(Boolean)
                  .join(' · ')}
                {' · '}
                {article.claimCount === 1 ? '1 claim' : `${article.claimCount} claims`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
