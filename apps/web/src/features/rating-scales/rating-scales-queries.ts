import {
  type RatingScale,
  RatingScaleListSchema,
  RatingScaleSchema,
  type UpdateRatingScale,
} from '@claimtrail/contracts'
import { type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { api, ifMatch, read, readTagged, type Tagged } from '../../api/api-client.ts'
import { ledgerKeys } from '../ledger/ledger-queries.ts'
import { workspaceKeys } from '../workspace/workspace-queries.ts'

export const ratingScaleKeys = {
  all: ['rating-scales'] as const,
  list: () => [...ratingScaleKeys.all, 'list'] as const,
}

type RatingScaleList = z.infer<typeof RatingScaleListSchema>

/** Every scale with its ratings in order, retired ones last (any desk member may read them). */
export const ratingScalesQuery = () =>
  queryOptions({
    queryKey: ratingScaleKeys.list(),
    queryFn: ({ signal }) => read(api.GET('/api/v1/rating-scales', { signal }), RatingScaleListSchema),
  })

/** Puts a scale as the API answered it into the cached list. */
export function putScale(queryClient: QueryClient, scale: RatingScale) {
  queryClient.setQueryData(ratingScaleKeys.list(), (list: RatingScaleList | undefined) =>
    list ? { items: list.items.map((s) => (s.id === scale.id ? scale : s)) } : list,
  )
}

export interface SaveScale {
  scaleId: string
  ratings: UpdateRatingScale['ratings']
  /** The version read, as the ETag of the last save (the list comes without one) or its number. */
  etag: string | null
  version: number
}

/** Replaces a scale's ratings, sending the version read: a stale one is refused with 409. */
export function useSaveRatingScale() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ scaleId, ratings, etag, version }: SaveScale): Promise<Tagged<RatingScale>> =>
      readTagged(
        api.PUT('/api/v1/rating-scales/{scaleId}', {
          params: { path: { scaleId } },
          headers: ifMatch(etag),
          body: etag ? { ratings } : { ratings, version },
        }),
        RatingScaleSchema,
      ),
    onSuccess: async ({ data }) => {
      putScale(queryClient, data)
      // The methodology page shows the scale; claims in progress may follow a replaced rating.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ratingScaleKeys.all }),
        queryClient.invalidateQueries({ queryKey: ledgerKeys.methodology() }),
        queryClient.invalidateQueries({ queryKey: workspaceKeys.claims() }),
      ])
    },
  })
}
