import {
  ArticleChangeFlagListSchema,
  ArticleChangeFlagSchema,
  type DismissArticleChange,
} from '@claimtrail/contracts'
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { api, read } from '../../api/api-client.ts'
import { ledgerKeys } from '../ledger/ledger-queries.ts'

// "The article changed after publication" flags (design.md, Workflow), for editors.
export const articleChangeKeys = {
  all: ['article-changes'] as const,
  open: () => [...articleChangeKeys.all, 'open'] as const,
  ofClaim: (claimId: string) => [...articleChangeKeys.all, 'claim', claimId] as const,
}

export const openArticleChangesQuery = () =>
  queryOptions({
    queryKey: articleChangeKeys.open(),
    queryFn: ({ signal }) =>
      read(api.GET('/api/v1/review/article-changes', { signal }), ArticleChangeFlagListSchema),
  })

export const claimArticleChangesQuery = (claimId: string) =>
  queryOptions({
    queryKey: articleChangeKeys.ofClaim(claimId),
    queryFn: ({ signal }) =>
      read(
        api.GET('/api/v1/claims/{claimId}/article-changes', { params: { path: { claimId } }, signal }),
        ArticleChangeFlagListSchema,
      ),
  })

/** Dismisses a flag with the editor's note; the flag lists and (if readers are told) the ledger go stale. */
export function useDismissArticleChange() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ flagId, body }: { flagId: string; body: DismissArticleChange }) =>
      read(
        api.POST('/api/v1/article-changes/{flagId}/dismiss', { params: { path: { flagId } }, body }),
        ArticleChangeFlagSchema,
      ),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: articleChangeKeys.all }),
        queryClient.invalidateQueries({ queryKey: ledgerKeys.all }),
      ]),
  })
}
