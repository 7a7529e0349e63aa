import { type PublicClaimFilters, SOURCING_GRADES, TEXT_LIMITS } from '@claimtrail/contracts'
import { useQuery } from '@tanstack/react-query'
import type { FormEvent } from 'react'
import { LedgerLink } from './ledger-link.tsx'
import { filtersToParams, ledgerEntityQuery } from './ledger-queries.ts'

interface LedgerFiltersProps {
  formId: string
  params: URLSearchParams
  filters: PublicClaimFilters
  /** The rating scale's labels, once the methodology is loaded. */
  ratings: string[] | undefined
  setFilter: (key: keyof PublicClaimFilters, value: string | undefined) => void
  onSearch: (event: FormEvent<HTMLFormElement>) => void
  hasFilters: boolean
}

/**
 * The ledger's search and filters: a GET form, so it works without JavaScript in the served page;
 * the app applies each filter as it changes.
 */
export function LedgerFilters({
  formId,
  params,
  filters,
  ratings,
  setFilter,
  onSearch,
  hasFilters,
}: LedgerFiltersProps) {
  return (
    <>
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
                <VerdictOptions ratings={ratings} chosen={filters.verdict} />
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
          <EntityChips filters={filters} />
          {hasFilters && (
            <p>
              <LedgerLink to="/ledger">Clear search and filters</LedgerLink>
            </p>
          )}
        </form>
      </search>
    </>
  )
}

/** The scale's verdicts; a verdict in the address that the scale no longer has stays choosable. */
function VerdictOptions({ ratings, chosen }: { ratings: string[] | undefined; chosen: string | undefined }) {
  return (
    <>
      {ratings?.map((label) => (
        <option key={label} value={label}>
          {label}
        </option>
      ))}
      {chosen && !ratings?.some((label) => label === chosen) && <option value={chosen}>{chosen}</option>}
    </>
  )
}

/** The ledger's address without one filter. */
function without(filters: PublicClaimFilters, key: keyof PublicClaimFilters): string {
  const next = filtersToParams(filters)
  next.delete(key)
  const query = next.toString()
  return query ? `/ledger?${query}` : '/ledger'
}

/** The subject and outlet filters, which have no field of their own: chips that remove them. */
function EntityChips({ filters }: { filters: PublicClaimFilters }) {
  if (!filters.subject && !filters.outlet) return null
  return (
    <ul className="ledger-chips" aria-label="Other filters">
      {filters.subject && (
        <EntityChip label="About" entityId={filters.subject} without={without(filters, 'subject')} />
      )}
      {filters.outlet && (
        <EntityChip label="Outlet" entityId={filters.outlet} without={without(filters, 'outlet')} />
      )}
    </ul>
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
