import {
  ClaimReviewSchema,
  type EntityCursors,
  LEDGER_PAGE_SIZE,
  MethodologySchema,
  PublicClaimDetailSchema,
  type PublicClaimFilters,
  PublicClaimListSchema,
  PublicEntityPageSchema,
} from '@claimtrail/contracts'
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { api, read } from '../../api/api-client.ts'

// The public ledger's reads. Everything here is anonymous and cacheable (the API sends ETag and
// Cache-Control), so a minute of staleness is fine.
const staleTime = 60_000

export const ledgerKeys = {
  all: ['ledger'] as const,
  list: (filters: PublicClaimFilters, cursor: string | null) =>
    [...ledgerKeys.all, 'list', filters, cursor] as const,
  claim: (claimId: string) => [...ledgerKeys.all, 'claim', claimId] as const,
  claimReview: (claimId: string) => [...ledgerKeys.all, 'claimreview', claimId] as const,
  entity: (entityId: string, cursors: EntityCursors = {}) =>
    [...ledgerKeys.all, 'entity', entityId, cursors.aboutCursor ?? null, cursors.byCursor ?? null] as const,
  methodology: () => [...ledgerKeys.all, 'methodology'] as const,
}

/** The filters that are set (empty values left out, as the API would refuse an empty search). */
export function presentFilters(filters: PublicClaimFilters): PublicClaimFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => Boolean(value)))
}

/** The filters as a query string, for links (the CSV export) and the page's own address. */
export function filtersToParams(filters: PublicClaimFilters): URLSearchParams {
  return new URLSearchParams(
    Object.entries(presentFilters(filters)).map(([key, value]) => [key, String(value)]),
  )
}

/** The list from `cursor` on (null: from the newest), as the server renders the same address. */
export const ledgerListQuery = (filters: PublicClaimFilters, cursor: string | null = null) =>
  infiniteQueryOptions({
    queryKey: ledgerKeys.list(filters, cursor),
    initialPageParam: cursor,
    queryFn: ({ pageParam, signal }) => {
      const query = {
        ...presentFilters(filters),
        limit: LEDGER_PAGE_SIZE,
        ...(pageParam ? { cursor: pageParam } : {}),
      }
      return read(api.GET('/api/v1/public/claims', { params: { query }, signal }), PublicClaimListSchema)
    },
    getNextPageParam: (last) => last.nextCursor,
    staleTime,
  })

export const ledgerClaimQuery = (claimId: string) =>
  queryOptions({
    queryKey: ledgerKeys.claim(claimId),
    queryFn: ({ signal }) =>
      read(
        api.GET('/api/v1/public/claims/{claimId}', { params: { path: { claimId } }, signal }),
        PublicClaimDetailSchema,
      ),
    staleTime,
  })

export const claimReviewQuery = (claimId: string) =>
  queryOptions({
    queryKey: ledgerKeys.claimReview(claimId),
    queryFn: ({ signal }) =>
      read(
        api.GET('/api/v1/public/claims/{claimId}/claimreview', { params: { path: { claimId } }, signal }),
        ClaimReviewSchema,
      ),
    staleTime,
  })

/** A page of an entity's claims: each list from its cursor (none: from the newest), as the server renders it. */
export const ledgerEntityQuery = (entityId: string, cursors: EntityCursors = {}) =>
  queryOptions({
    queryKey: ledgerKeys.entity(entityId, cursors),
    queryFn: ({ signal }) =>
      read(
        api.GET('/api/v1/public/entities/{entityId}', {
          params: { path: { entityId }, query: { limit: LEDGER_PAGE_SIZE, ...cursors } },
          signal,
        }),
        PublicEntityPageSchema,
      ),
    staleTime,
  })

export const methodologyQuery = () =>
  queryOptions({
    queryKey: ledgerKeys.methodology(),
    queryFn: ({ signal }) => read(api.GET('/api/v1/public/methodology', { signal }), MethodologySchema),
    staleTime: 10 * staleTime,
  })
