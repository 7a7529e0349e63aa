import type { Dashboard } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import type { CSSProperties, ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { Link } from 'react-router'
import { LoadingState } from '../../ui/loading-state.tsx'
import { EmptyState, ErrorState } from '../../ui/query-states.tsx'
import { StatusBadge } from '../articles/claim-badges.tsx'
import { formatDate, SOURCING_GRADE_LABELS } from '../articles/claim-labels.ts'
import { ARTICLE_CHANGE_WORDS } from '../review/article-change-flags.tsx'
import { openArticleChangesQuery } from '../review/article-change-queries.ts'
import {
  type CountRow,
  formatHours,
  gradeRows,
  overdueBy,
  precisionByType,
  SUGGESTION_TYPE_LABELS,
  statusRows,
  totalOf,
} from './dashboard-figures.ts'
import { dashboardQuery } from './dashboard-queries.ts'
import './dashboard.css'

/** Where the desk's work stands: editors' overview (GET /dashboard). */
export function DashboardPage() {
  const dashboard = useQuery(dashboardQuery())
  return (
    <section className="page page-wide dashboard" aria-labelledby="dashboard-heading">
      <title>Dashboard · Claimtrail</title>
      <div className="page-heading">
        <h1 id="dashboard-heading">Dashboard</h1>
        {dashboard.isSuccess && (
          <Button
            className="button button-secondary"
            onPress={() => void dashboard.refetch()}
            isPending={dashboard.isFetching}
          >
            {dashboard.isFetching ? 'Refreshing…' : 'Refresh'}
          </Button>
        )}
      </div>
      <p className="muted">Where the desk’s claims stand, what is late, and how long review takes.</p>
      {dashboard.isPending ? (
        <LoadingState label="Loading the dashboard…" />
      ) : dashboard.isError ? (
        <ErrorState
          title="The dashboard could not be loaded"
          error={dashboard.error}
          onRetry={() => void dashboard.refetch()}
          isRetrying={dashboard.isFetching}
        />
      ) : totalOf(dashboard.data.byStatus) === 0 ? (
        <EmptyState title="No claims yet">
          <p>
            The figures appear once fact-checkers mark claims. <Link to="/desk">Go to the desk</Link>
          </p>
        </EmptyState>
      ) : (
        <Figures data={dashboard.data} />
      )}
    </section>
  )
}

function Figures({ data }: { data: Dashboard }) {
  const total = totalOf(data.byStatus)
  return (
    <div className="dashboard-grid">
      <section className="panel-section" aria-labelledby="by-status-heading">
        <h2 id="by-status-heading">Claims by status</h2>
        <CountTable
          caption="Claims by status"
          label="Status"
          rows={statusRows(data.byStatus)}
          total={total}
          renderKey={(status) => <StatusBadge status={status} />}
        />
      </section>

      <section className="panel-section" aria-labelledby="by-grade-heading">
        <h2 id="by-grade-heading">Claims by sourcing grade</h2>
        <CountTable
          caption="Claims by sourcing grade"
          label="Grade"
          rows={gradeRows(data.byGrade)}
          total={totalOf(data.byGrade)}
          renderKey={(grade) =>
            grade === 'ungraded' ? (
              <span>Not graded yet</span>
            ) : (
              <span className="dashboard-grade">
                <span className="badge grade-badge">{grade}</span>
                <span className="muted">{SOURCING_GRADE_LABELS[grade]}</span>
              </span>
            )
          }
        />
      </section>

      <section className="panel-section dashboard-wide" aria-labelledby="article-changes-heading">
        <h2 id="article-changes-heading">Articles changed after publication</h2>
        <ArticleChanges />
      </section>

      <section className="panel-section dashboard-wide" aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Overdue reply requests</h2>
        <Overdue items={data.overdueReplyRequests} />
      </section>

      <section className="panel-section dashboard-wide" aria-labelledby="suggestion-precision-heading">
        <h2 id="suggestion-precision-heading">Suggestion precision</h2>
        <SuggestionPrecision rows={data.suggestionPrecision} />
      </section>

      <section className="panel-section dashboard-wide" aria-labelledby="timing-heading">
        <h2 id="timing-heading">Time from submission to publication</h2>
        <Timing timing={data.submitToPublish} />
      </section>
    </div>
  )
}

function CountTable<K extends string>({
  caption,
  label,
  rows,
  total,
  renderKey,
}: {
  caption: string
  label: string
  rows: CountRow<K>[]
  total: number
  renderKey: (key: K) => ReactNode
}) {
  return (
    <table className="data-table count-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{label}</th>
          <th scope="col" className="numeric">
            Claims
          </th>
          <th scope="col">
            <span className="visually-hidden">Share</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-zero={row.count === 0 || undefined}>
            <th scope="row">{renderKey(row.key)}</th>
            <td className="numeric">{row.count}</td>
            <td className="share-cell">
              {/* The bar repeats the number for the eye; the percentage is said in words. */}
              <span className="share-bar" aria-hidden="true">
                <span className="share-fill" style={{ '--share': row.share } as CSSProperties} />
              </span>
              <span className="muted share-text">{Math.round(row.share * 100)}%</span>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Total</th>
          <td className="numeric">{total}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  )
}

/** Published claims whose article has a new text: each needs an editor's correction or dismissal. */
function ArticleChanges() {
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

function Overdue({ items }: { items: Dashboard['overdueReplyRequests'] }) {
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

function Timing({ timing }: { timing: Dashboard['submitToPublish'] }) {
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
function SuggestionPrecision({ rows }: { rows: Dashboard['suggestionPrecision'] }) {
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
