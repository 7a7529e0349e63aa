import {
  type AssessmentInput,
  ChangesSinceSchema,
  ClaimDetailSchema,
  ReviewQueueSchema,
} from '@claimtrail/contracts'
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, ifMatch, read, readTagged } from '../../api/api-client.ts'
import { ratingScalesQuery as sharedRatingScalesQuery } from '../rating-scales/rating-scales-queries.ts'
import { putClaim, workspaceKeys } from '../workspace/workspace-queries.ts'

// The claim itself is cached under the workspace's key (workspace-queries claimQuery), so an edit
// made on the desk and a review here show the same record. Only what the review alone reads is here.
export const reviewKeys = {
  all: ['review'] as const,
  queue: () => [...reviewKeys.all, 'queue'] as const,
  changesSince: (claimId: string) => [...reviewKeys.all, 'changes-since', claimId] as const,
}

const TRANSITION_PATHS = {
  approve: '/api/v1/claims/{claimId}/approve',
  'request-changes': '/api/v1/claims/{claimId}/request-changes',
  publish: '/api/v1/claims/{claimId}/publish',
} as const

export const reviewQueueQuery = () =>
  queryOptions({
    queryKey: reviewKeys.queue(),
    queryFn: ({ signal }) => read(api.GET('/api/v1/review/queue', { signal }), ReviewQueueSchema),
    // The waiting times move on; so does the queue, as checkers submit.
    refetchInterval: 60_000,
  })

/** What changed since the viewer last acted on the claim, computed by the server from the audit log. */
export const changesSinceQuery = (claimId: string) =>
  queryOptions({
    queryKey: reviewKeys.changesSince(claimId),
    queryFn: ({ signal }) =>
      read(
        api.GET('/api/v1/claims/{claimId}/changes-since', { params: { path: { claimId } }, signal }),
        ChangesSinceSchema,
      ),
  })

/** The rating scales: one cached query, shared with the scale admin page. */
export const ratingScalesQuery = sharedRatingScalesQuery

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
      const init = { params: { path: { claimId } }, headers: ifMatch(etag) }
      switch (write.kind) {
        case 'transition':
          return readTagged(
            api.POST(TRANSITION_PATHS[write.action], {
              ...init,
              body: write.comment ? { comment: write.comment } : {},
            }),
            ClaimDetailSchema,
          )
        case 'assessment':
          return readTagged(
            api.PUT('/api/v1/claims/{claimId}/assessment', { ...init, body: write.body }),
            ClaimDetailSchema,
          )
        case 'verdict':
          return readTagged(
            api.PATCH('/api/v1/claims/{claimId}', {
              ...init,
              body: { verdictRatingId: write.verdictRatingId, rationale: write.rationale },
            }),
            ClaimDetailSchema,
          )
      }
    },
    onSuccess: (tagged) => {
      putClaim(queryClient, tagged)
      void queryClient.invalidateQueries({ queryKey: reviewKeys.queue() })
      void queryClient.invalidateQueries({ queryKey: reviewKeys.changesSince(claimId) })
    },
  })
}

/** After a 409: read the claim and its history again, so the editor sees what is there now. */
export function useReloadClaim(claimId: string) {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: workspaceKeys.claim(claimId) }),
      queryClient.invalidateQueries({ queryKey: reviewKeys.changesSince(claimId) }),
      queryClient.invalidateQueries({ queryKey: reviewKeys.queue() }),
    ])
}
