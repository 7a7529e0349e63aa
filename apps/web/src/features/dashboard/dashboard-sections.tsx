import type { Dashboard } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { LoadingState } from '../../ui/loading-state.tsx'
import { EmptyState, ErrorState } from '../../ui/query-states.tsx'
import { formatDate } from '../articles/claim-labels.ts'
import { ARTICLE_CHANGE_WORDS } from '../review/article-change-flags.tsx'
import { openArticleChangesQuery } from '../review/article-change-queries.ts'
import { formatHours, overdueBy, precisionByType, SUGGESTION_TYPE_LABELS } from './dashboard-figures.ts'

/** Published claims whose article has a new text: each needs an editor's correction or dismissal. */
export function ArticleChanges() {
  const flags = useQuery(openArticleChangesQuery())
  if (flags.isPending) return <LoadingState label="Loading article changes…" />
  if (flags.isError)
    return (
      <ErrorState
        title="The article changes could not be loaded"
        error={flags.error}
        onRetry={() => void flags.refetch()}
        isRetrying={flags.isFetching}
      />
    )
  if (flags.data.items.length === 0) {
    return (
      <EmptyState title="No article changed after publication">
        <p>Every published claim quotes the article as it was checked.</p>
      </EmptyState>
    )
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Open article changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Article</th>
            <th scope="col">Quote</th>
            <th scope="col">New version</th>
          </tr>
        </thead>
        <tbody>
          {flags.data.items.map((flag) => (
            <tr key={flag.id}>
              <th scope="row">
                <Link to={`/review/claims/${flag.claim.id}`}>{flag.claim.headline}</Link>
              </th>
              <td>{flag.article.title}</td>
              <td>
                <span className="badge" data-kind={flag.kind}>
                  {ARTICLE_CHANGE_WORDS[flag.kind]}
                </span>
              </td>
              <td>
                Version {flag.toVersion.number},{' '}
                <time dateTime={flag.toVersion.importedAt}>{formatDate(flag.toVersion.importedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function Overdue({ items }: { items: Dashboard['overdueReplyRequests'] }) {
  if (items.length === 0) {
    return (
      <EmptyState title="No reply request is overdue">
        <p>Every party asked for a reply has answered, or still has time to.</p>
      </EmptyState>
    )
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Overdue reply requests, oldest deadline first</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Asked</th>
            <th scope="col">Deadline</th>
            <th scope="col">Overdue by</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                {/* The dashboard knows the claim, not its article: /desk/claims/:id finds the workspace. */}
                <Link to={`/desk/claims/${item.claimId}`}>{item.headline}</Link>
              </th>
              <td>{item.entityName}</td>
              <td>
                <time dateTime={item.deadline}>{formatDate(item.deadline)}</time>
              </td>
              <td>
                <span className="badge overdue-badge">{overdueBy(item.deadline)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function Timing({ timing }: { timing: Dashboard['submitToPublish'] }) {
  if (timing.published === 0) {
    return (
      <EmptyState title="Nothing measured yet">
        <p>The time appears once a claim has been submitted for review and then published.</p>
      </EmptyState>
    )
  }
  return (
    <>
      <dl className="dashboard-figures">
        <div>
          <dt>Median</dt>
          <dd>{formatHours(timing.medianHours)}</dd>
        </div>
        <div>
          <dt>90th percentile</dt>
          <dd>{formatHours(timing.p90Hours)}</dd>
        </div>
        <div>
          <dt>Claims measured</dt>
          <dd>{timing.published}</dd>
        </div>
      </dl>
      <p className="muted">
        From a claim’s first submission for review to its first publication. Nine in ten published claims took
        no longer than the 90th percentile.
      </p>
    </>
  )
}

/** How often checkers kept what the extractor proposed, per kind of suggestion and extractor version. */
export function SuggestionPrecision({ rows }: { rows: Dashboard['suggestionPrecision'] }) {
  const summed = precisionByType(rows)
  if (summed.length === 0) {
    return (
      <EmptyState title="No decisions yet">
        <p>Precision appears once checkers accept or dismiss suggestions in the workspace.</p>
      </EmptyState>
    )
  }
  return (
    <>
      <table className="data-table">
        <caption className="visually-hidden">Suggestion precision by type and extractor version</caption>
        <thead>
          <tr>
            <th scope="col">Suggestion type</th>
            <th scope="col">Extractor version</th>
            <th scope="col" className="numeric">
              Decisions
            </th>
            <th scope="col" className="numeric">
              Precision
            </th>
            <th scope="col" className="numeric">
              Accepted as is
            </th>
            <th scope="col">Weeks</th>
          </tr>
        </thead>
        <tbody>
          {summed.map((r) => (
            <tr key={`${r.type}-${r.extractorVersion}`}>
              <th scope="row">{SUGGESTION_TYPE_LABELS[r.type]}</th>
              <td>{r.extractorVersion}</td>
              <td className="numeric">{r.decided}</td>
              <td className="numeric">{Math.round(r.precision * 100)}%</td>
              <td className="numeric">{r.acceptedAsIs}</td>
              <td>{r.firstWeek === r.lastWeek ? r.firstWeek : `${r.firstWeek} – ${r.lastWeek}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <details>
        <summary>By week</summary>
        <table className="data-table">
          <caption className="visually-hidden">Suggestion precision by week</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Suggestion type</th>
              <th scope="col">Extractor version</th>
              <th scope="col" className="numeric">
                Decisions
              </th>
              <th scope="col" className="numeric">
                Precision
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.week}-${r.type}-${r.extractorVersion}`}>
                <th scope="row">{r.week}</th>
                <td>{SUGGESTION_TYPE_LABELS[r.type]}</td>
                <td>{r.extractorVersion}</td>
                <td className="numeric">{r.decided}</td>
                <td className="numeric">{Math.round(r.precision * 100)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="muted">
        Precision: the share of checkers’ decisions on suggestions of that type (accepted, accepted after
        edits, dismissed) that did not find that part wrong.
      </p>
    </>
  )
}
