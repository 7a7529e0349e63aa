import {
  LEDGER_FILTER_KEYS as FILTER_KEYS,
  ledgerCursorFromParams,
  ledgerFiltersFromParams,
  type PublicClaimFilters,
} from '@claimtrail/contracts'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { type FormEvent, useId } from 'react'
import { useSearchParams } from 'react-router'
import { apiHref } from '../../api/api-client.ts'
import { useDocumentMeta } from './document-meta.ts'
import { LedgerFilters } from './ledger-filters.tsx'
import { listMeta } from './ledger-meta.ts'
import { filtersToParams, ledgerListQuery, methodologyQuery } from './ledger-queries.ts'
import { LedgerResults } from './ledger-results.tsx'
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
  const lastCursor = claims.data?.pages.at(-1)?.nextCursor
  const nextParams = filtersToParams(filters)
  if (lastCursor) nextParams.set('cursor', lastCursor)
  const nextHref = `/ledger?${nextParams}`
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

      <LedgerFilters
        formId={formId}
        params={params}
        filters={filters}
        ratings={methodology.data?.ratingScale.ratings.map((r) => r.label)}
        setFilter={setFilter}
        onSearch={onSearch}
        hasFilters={hasFilters}
      />

      <p className="ledger-formats">
        <a href={exportHref} download>
          Download as CSV
        </a>
        {' · '}
        <a href="/ledger/feed.atom">Atom feed</a>
        {' · '}
        <a href={apiHref('/api/v1/public/claimreview')}>ClaimReview data feed</a>
      </p>

      <LedgerResults claims={claims} hasFilters={hasFilters} nextHref={nextHref} />
    </section>
  )
}
