import type { Dashboard } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import type { CSSProperties, ReactNode } from 'react'
import { Button } from 'react-aria-components'
import { Link } from 'react-router'
import { LoadingState } from '../../ui/loading-state.tsx'
import { EmptyState, ErrorState } from '../../ui/query-states.tsx'
import { StatusBadge } from '../articles/claim-badges.tsx'
import { SOURCING_GRADE_LABELS } from '../articles/claim-labels.ts'
import { type CountRow, gradeRows, statusRows, totalOf } from './dashboard-figures.ts'
import { dashboardQuery } from './dashboard-queries.ts'
import './dashboard.css'

import { ArticleChanges, Overdue, SuggestionPrecision, Timing } from './dashboard-sections.tsx'
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
