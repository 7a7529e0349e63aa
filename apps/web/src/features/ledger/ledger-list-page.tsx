import {
  LEDGER_FILTER_KEYS as FILTER_KEYS,
  ledgerCursorFromParams,
  ledgerFiltersFromParams,
  type PublicClaimFilters,
  SOURCING_GRADES,
  TEXT_LIMITS,
} from '@claimtrail/contracts'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { type FormEvent, useId } from 'react'
import { useSearchParams } from 'react-router'
import { apiHref } from '../../api/api-client.ts'
import { LoadingState } from '../../ui/loading-state.tsx'
import { useDocumentMeta } from './document-meta.ts'
import { LedgerClaimRow } from './ledger-claim-row.tsx'
import { listMeta } from './ledger-meta.ts'
import { filtersToParams, ledgerEntityQuery, ledgerListQuery, methodologyQuery } from './ledger-queries.ts'
import { LedgerEmpty, LedgerError } from './ledger-states.tsx'
import './ledger.css'
import { LedgerLink } from './ledger-link.tsx'

export function LedgerListPage() {
  const [params, setParams] = useSearchParams()
  const filters = ledgerFiltersFromParams(params)
  const cursor = ledgerCursorFromParams(params)
  const claims = useInfiniteQuery(ledgerListQuery(filters, cursor))
  const methodology = useQuery(methodologyQuery())
  const formId = useId()
  useDocumentMeta(listMeta(filters))

  const setFilter = (key: keyof PublicClaimFilters, value: string | undefined) => {
    const next = new URLSearchParams(params)
    // Other filters, other pages: start from the newest again.
    next.delete('cursor')
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next)
  }
  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const next = new URLSearchParams()
    for (const key of FILTER_KEYS) {
      const value = (form.get(key) as string | null)?.trim() ?? params.get(key) ?? ''
      if (value) next.set(key, value)
    }
    setParams(next)
  }
  const items = claims.data?.pages.flatMap((p) => p.items) ?? []
  const lastCursor = claims.data?.pages.at(-1)?.nextCursor
  const nextParams = filtersToParams(filters)
  if (lastCursor) nextParams.set('cursor', lastCursor)
  const nextHref = `/ledger?${nextParams}`
  /** This address without one filter. */
  const without = (key: keyof PublicClaimFilters) => {
    const next = filtersToParams(filters)
    next.delete(key)
    const query = next.toString()
    return query ? `/ledger?${query}` : '/ledger'
  }
  const exportHref = apiHref('/api/v1/public/claims.csv', {}, filtersToParams(filters))
  const hasFilters = FILTER_KEYS.some((k) => filters[k])

  return (
    <section className="page ledger-page" aria-labelledby="ledger-heading">
      {/* The Atom feed's <link rel="alternate"> is in the served page's head (ssr/ledger-document.ts). */}
      <header className="ledger-header">
        <h1 id="ledger-heading">Claim ledger</h1>
        <p className="ledger-lede">
          Claims made in the news, checked by the desk: the verdict, how well each claim is sourced, who
          responded, and every correction. <LedgerLink to="/ledger/methodology">How we rate</LedgerLink>
        </p>
      </header>

      {/* key: the form's defaults follow the address bar (back, forward, a shared link). */}
      <search className="ledger-filters" aria-label="Search the ledger">
        <form key={params.toString()} method="get" action="/ledger" onSubmit={onSearch}>
          <div className="ledger-search">
            <label htmlFor={`${formId}-q`}>Search claims</label>
            <div className="ledger-search-row">
              <input
                id={`${formId}-q`}
                name="q"
                type="search"
                className="input"
                defaultValue={filters.q ?? ''}
                maxLength={TEXT_LIMITS.searchQuery}
              />
              <button type="submit" className="button">
                Search
              </button>
            </div>
          </div>
          <div className="ledger-filter-fields">
            <div className="ledger-field">
              <label htmlFor={`${formId}-verdict`}>Verdict</label>
              <select
                id={`${formId}-verdict`}
                name="verdict"
                className="input"
                value={filters.verdict ?? ''}
                onChange={(e) => setFilter('verdict', e.target.value)}
              >
                <option value="">Any verdict</option>
                {methodology.data?.ratingScale.ratings.map((r) => (
                  <option key={r.label} value={r.label}>
                    {r.label}
                  </option>
                ))}
                {filters.verdict &&
                  !methodology.data?.ratingScale.ratings.some((r) => r.label === filters.verdict) && (
                    <option value={filters.verdict}>{filters.verdict}</option>
                  )}
              </select>
            </div>
            <div className="ledger-field">
              <label htmlFor={`${formId}-grade`}>Sourcing grade</label>
              <select
                id={`${formId}-grade`}
                name="grade"
                className="input"
                value={filters.grade ?? ''}
                onChange={(e) => setFilter('grade', e.target.value)}
              >
                <option value="">Any grade</option>
                {SOURCING_GRADES.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </div>
            <div className="ledger-field">
              <label htmlFor={`${formId}-from`}>Reviewed from</label>
              <input
                id={`${formId}-from`}
                name="from"
                type="date"
                className="input"
                value={filters.from ?? ''}
                onChange={(e) => setFilter('from', e.target.value)}
              />
            </div>
            <div className="ledger-field">
              <label htmlFor={`${formId}-to`}>Reviewed to</label>
              <input
                id={`${formId}-to`}
                name="to"
                type="date"
                className="input"
                value={filters.to ?? ''}
                onChange={(e) => setFilter('to', e.target.value)}
              />
            </div>
          </div>
          {/* Kept by a search submitted without JavaScript (the form's own GET). */}
          {filters.subject && <input type="hidden" name="subject" value={filters.subject} />}
          {filters.outlet && <input type="hidden" name="outlet" value={filters.outlet} />}
          {(filters.subject || filters.outlet) && (
            <ul className="ledger-chips" aria-label="Other filters">
              {filters.subject && (
                <EntityChip label="About" entityId={filters.subject} without={without('subject')} />
              )}
              {filters.outlet && (
                <EntityChip label="Outlet" entityId={filters.outlet} without={without('outlet')} />
              )}
            </ul>
          )}
          {hasFilters && (
            <p>
              <LedgerLink to="/ledger">Clear search and filters</LedgerLink>
            </p>
          )}
        </form>
      </search>

      <p className="ledger-formats">
        <a href={exportHref} download>
          Download as CSV
        </a>
        {' · '}
        <a href="/ledger/feed.atom">Atom feed</a>
        {' · '}
        <a href={apiHref('/api/v1/public/claimreview')}>ClaimReview data feed</a>
      </p>

      {claims.isPending ? (
        <LoadingState label="Loading the ledger…" />
      ) : claims.isError ? (
        <LedgerError
          title="The ledger could not be loaded"
          error={claims.error}
          onRetry={() => void claims.refetch()}
          isRetrying={claims.isFetching}
        />
      ) : items.length === 0 ? (
        <LedgerEmpty title={hasFilters ? 'No claims match' : 'No claims published yet'}>
          {hasFilters && <p>Try fewer words or fewer filters.</p>}
        </LedgerEmpty>
      ) : (
        <>
          <ol className="ledger-list" aria-label="Claims, newest first">
            {items.map((claim) => (
              <LedgerClaimRow key={claim.id} claim={claim} />
            ))}
          </ol>
          {claims.hasNextPage && (
            <p className="ledger-more">
              {/* A link to the next page, so it works without JavaScript; the app appends instead. */}
              <a
                className="button"
                href={nextHref}
                aria-disabled={claims.isFetchingNextPage || undefined}
                onClick={(event) => {
                  event.preventDefault()
                  if (!claims.isFetchingNextPage) void claims.fetchNextPage()
                }}
              >
                {claims.isFetchingNextPage ? 'Loading…' : 'More claims'}
              </a>
            </p>
          )}
        </>
      )}
    </section>
  )
}

/** An active subject or outlet filter, named from the entity's public page; removed by a link. */
function EntityChip({ label, entityId, without }: { label: string; entityId: string; without: string }) {
  const entity = useQuery(ledgerEntityQuery(entityId))
  const name = entity.data?.entity.name ?? '…'
  return (
    <li className="ledger-chip">
      {label}: {name}
      <LedgerLink to={without} className="link-button" aria-label={`Remove filter ${label}: ${name}`}>
        ×
      </LedgerLink>
    </li>
  )
}
