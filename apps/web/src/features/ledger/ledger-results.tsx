import type { PublicClaimList } from '@claimtrail/contracts'
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query'
import { LoadingState } from '../../ui/loading-state.tsx'
import { LedgerClaimRow } from './ledger-claim-row.tsx'
import { LedgerEmpty, LedgerError } from './ledger-states.tsx'

/** The ledger's claims as loaded so far, newest first, with a link to more. */
export function LedgerResults({
  claims,
  hasFilters,
  nextHref,
}: {
  claims: UseInfiniteQueryResult<InfiniteData<PublicClaimList>>
  hasFilters: boolean
  nextHref: string
}) {
  if (claims.isPending) return <LoadingState label="Loading the ledger…" />
  if (claims.isError) {
    return (
      <LedgerError
        title="The ledger could not be loaded"
        error={claims.error}
        onRetry={() => void claims.refetch()}
        isRetrying={claims.isFetching}
      />
    )
  }
  const items = claims.data.pages.flatMap((p) => p.items)
  if (items.length === 0) {
    return (
      <LedgerEmpty title={hasFilters ? 'No claims match' : 'No claims published yet'}>
        {hasFilters && <p>Try fewer words or fewer filters.</p>}
      </LedgerEmpty>
    )
  }
  return (
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
  )
}
