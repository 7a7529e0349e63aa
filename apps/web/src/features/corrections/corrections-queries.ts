import { ClaimDetailSchema, type CorrectClaim, type RetractClaim } from '@claimtrail/contracts'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, readTagged } from '../../api/api-client.ts'
import { dashboardKeys } from '../dashboard/dashboard-queries.ts'
import { ledgerKeys } from '../ledger/ledger-queries.ts'
import { articleChangeKeys } from '../review/article-change-queries.ts'
import { putClaim, workspaceKeys } from '../workspace/workspace-queries.ts'

type Issue = { action: 'correct'; body: CorrectClaim } | { action: 'retract'; body: RetractClaim }

/**
 * Issues a correction or a retraction. The body carries the version read: a stale one is refused
 * (409) and the claim read again, so the next attempt is made on what is there now.
 */
export function useIssueCorrection(claimId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ action, body }: Issue) =>
      readTagged(
        action === 'correct'
          ? api.POST('/api/v1/claims/{claimId}/correct', { params: { path: { claimId } }, body })
          : api.POST('/api/v1/claims/{claimId}/retract', { params: { path: { claimId } }, body }),
        ClaimDetailSchema,
      ),
    onSuccess: async (tagged) => {
      putClaim(queryClient, tagged)
      // The public ledger (changelog, feed) and the dashboard's counts change with it.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ledgerKeys.all }),
        queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
        // A correction settles the claim's "article changed" flags.
        queryClient.invalidateQueries({ queryKey: articleChangeKeys.all }),
      ])
    },
    onError: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.claim(claimId) }),
  })
}
