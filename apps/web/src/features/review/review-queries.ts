import {
  type AssessmentInput,
  ClaimDetailSchema,
  ClaimHistorySchema,
  RatingScaleListSchema,
  ReviewQueueSchema,
} from '@claimtrail/contracts'
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { getJson, sendTagged } from '../../api/api-client.ts'
import { putClaim, workspaceKeys } from '../workspace/workspace-queries.ts'

// The claim itself is cached under the workspace's key (workspace-queries claimQuery), so an edit
// made on the desk and a review here show the same record. Only what the review alone reads is here.
export const reviewKeys = {
  all: ['review'] as const,
  queue: () => [...reviewKeys.all, 'queue'] as const,
  history: (claimId: string) => [...reviewKeys.all, 'history', claimId] as const,
  ratingScales: () => [...reviewKeys.all, 'rating-scales'] as const,
}

const claimPath = (claimId: string) => `/claims/${encodeURIComponent(claimId)}`

export const reviewQueueQuery = () =>
  queryOptions({
    queryKey: reviewKeys.queue(),
    queryFn: ({ signal }) => getJson('/review/queue', ReviewQueueSchema, signal),
    // The waiting times move on; so does the queue, as checkers submit.
    refetchInterval: 60_000,
  })

export const claimHistoryQuery = (claimId: string) =>
  queryOptions({
    queryKey: reviewKeys.history(claimId),
    queryFn: ({ signal }) => getJson(`${claimPath(claimId)}/history`, ClaimHistorySchema, signal),
  })

export const ratingScalesQuery = () =>
  queryOptions({
    queryKey: reviewKeys.ratingScales(),
    queryFn: ({ signal }) => getJson('/rating-scales', RatingScaleListSchema, signal),
    staleTime: 5 * 60_000,
  })

export type ReviewAction = 'approve' | 'request-changes' | 'publish'

export type ReviewWrite =
  | { kind: 'transition'; action: ReviewAction; comment?: string }
  | { kind: 'assessment'; body: Omit<AssessmentInput, 'version'> }
  | { kind: 'verdict'; verdictRatingId: string; rationale: string }

/**
 * Every write of the review sends the ETag the editor read (If-Match): a claim changed meanwhile is
 * a 409, never overwritten. The answer replaces the cached claim; the queue and the history go stale.
 */
export function useReviewWrite(claimId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ write, etag }: { write: ReviewWrite; etag: string | null }) => {
      const schema = ClaimDetailSchema
      switch (write.kind) {
        case 'transition':
          return sendTagged('POST', `${claimPath(claimId)}/${write.action}`, {
            body: write.comment ? { comment: write.comment } : {},
            ifMatch: etag,
            schema,
          })
        case 'assessment':
          return sendTagged('PUT', `${claimPath(claimId)}/assessment`, {
            body: write.body,
            ifMatch: etag,
            schema,
          })
        case 'verdict':
          return sendTagged('PATCH', claimPath(claimId), {
            body: { verdictRatingId: write.verdictRatingId, rationale: write.rationale },
            ifMatch: etag,
            schema,
          })
      }
    },
    onSuccess: (tagged) => {
      putClaim(queryClient, tagged)
      void queryClient.invalidateQueries({ queryKey: reviewKeys.queue() })
      void queryClient.invalidateQueries({ queryKey: reviewKeys.history(claimId) })
    },
  })
}

/** After a 409: read the claim and its history again, so the editor sees what is there now. */
export function useReloadClaim(claimId: string) {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: workspaceKeys.claim(claimId) }),
      queryClient.invalidateQueries({ queryKey: reviewKeys.history(claimId) }),
      queryClient.invalidateQueries({ queryKey: reviewKeys.queue() }),
    ])
}
