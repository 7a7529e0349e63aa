import {
  ClaimReviewSchema,
  LEDGER_PAGE_SIZE,
  MethodologySchema,
  PublicClaimDetailSchema,
  type PublicClaimFilters,
  PublicClaimListSchema,
  PublicEntityPageSchema,
} from '@claimtrail/contracts'
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { getJson } from '../../api/api-client.ts'

// The public ledger's reads. Everything here is anonymous and cacheable (the API sends ETag and
// Cache-Control), so a minute of staleness is fine.
const staleTime = 60_000

export const ledgerKeys = {
  all: ['ledger'] as const,
  list: (filters: PublicClaimFilters, cursor: string | null) =>
    [...ledgerKeys.all, 'list', filters, cursor] as const,
  claim: (claimId: string) => [...ledgerKeys.all, 'claim', claimId] as const,
  claimReview: (claimId: string) => [...ledgerKeys.all, 'claimreview', claimId] as const,
  entity: (entityId: string) => [...ledgerKeys.all, 'entity', entityId] as const,
  methodology: () => [...ledgerKeys.all, 'methodology'] as const,
}

/** The filters as the API's query string (empty values left out). */
export function filtersToParams(filters: PublicClaimFilters): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, String(value))
  return params
}

/** The list from `cursor` on (null: from the newest), as the server renders the same address. */
export const ledgerListQuery = (filters: PublicClaimFilters, cursor: string | null = null) =>
  infiniteQueryOptions({
    queryKey: ledgerKeys.list(filters, cursor),
    initialPageParam: cursor,
    queryFn: ({ pageParam, signal }) => {
      const params = filtersToParams(filters)
      params.set('limit', String(LEDGER_PAGE_SIZE))
      if (pageParam) params.set('cursor', pageParam)
      return getJson(`/public/claims?${params}`, PublicClaimListSchema, signal)
    },
    getNextPageParam: (last) => last.nextCursor,
    staleTime,
  })

export const ledgerClaimQuery = (claimId: string) =>
  queryOptions({
    queryKey: ledgerKeys.claim(claimId),
    queryFn: ({ signal }) =>
      getJson(`/public/claims/${encodeURIComponent(claimId)}`, PublicClaimDetailSchema, signal),
    staleTime,
  })

export const claimReviewQuery = (claimId: string) =>
  queryOptions({
    queryKey: ledgerKeys.claimReview(claimId),
    queryFn: ({ signal }) =>
      getJson(`/public/claims/${encodeURIComponent(claimId)}/claimreview`, ClaimReviewSchema, signal),
    staleTime,
  })

export const ledgerEntityQuery = (entityId: string) =>
  queryOptions({
    queryKey: ledgerKeys.entity(entityId),
    queryFn: ({ signal }) =>
      getJson(`/public/entities/${encodeURIComponent(entityId)}`, PublicEntityPageSchema, signal),
    staleTime,
  })

export const methodologyQuery = () =>
  queryOptions({
    queryKey: ledgerKeys.methodology(),
    queryFn: ({ signal }) => getJson('/public/methodology', MethodologySchema, signal),
    staleTime: 10 * staleTime,
  })
